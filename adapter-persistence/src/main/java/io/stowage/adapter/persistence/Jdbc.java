package io.stowage.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Runs JDBC work on a pooled connection, in autocommit or in one transaction, and translates SQL
 * failures on the way out; domain errors thrown by the work roll the transaction back and pass through.
 */
final class Jdbc {

    /** Work done on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    // the transaction's own setting, not the session's: nothing to undo when the connection goes back,
    // and it rides on the same round trip as the BEGIN the driver sends first
    private static final String READ_ONLY_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs each statement of {@code work} in its own implicit transaction. */
    <T> T autocommit(String operation, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseAvailability.answered();
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlFailures.translate(operation, e);
        }
    }

    /** Runs {@code work} in one read-write transaction. */
    <T> T transaction(String operation, Work<T> work) {
        return inTransaction(operation, work);
    }

    /** Runs {@code work} in one read-only snapshot, so that several queries see the same data. */
    <T> T snapshot(String operation, Work<T> work) {
        return inTransaction(operation, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(READ_ONLY_SNAPSHOT);
            }
            return work.run(connection);
        });
    }

    private <T> T inTransaction(String operation, Work<T> work) {
        // the pool restores auto-commit when the connection goes back
        try (Connection connection = dataSource.getConnection()) {
            DatabaseAvailability.answered();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(operation, e);
        }
    }

    private static void rollback(Connection connection, Exception original) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            original.addSuppressed(rollbackFailure);
        }
    }
}
