package io.stowage.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
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

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs each statement of {@code work} in its own implicit transaction. */
    <T> T autocommit(String operation, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlFailures.translate(operation, e);
        }
    }

    /** Runs {@code work} in one read-write transaction. */
    <T> T transaction(String operation, Work<T> work) {
        return inTransaction(operation, false, work);
    }

    /** Runs {@code work} in one read-only snapshot, so that several queries see the same data. */
    <T> T snapshot(String operation, Work<T> work) {
        return inTransaction(operation, true, work);
    }

    private <T> T inTransaction(String operation, boolean readOnly, Work<T> work) {
        // the pool restores auto-commit, read-only and isolation when the connection goes back
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (readOnly) {
                connection.setReadOnly(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
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
