package io.stowage.adapter.persistence;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.jdbc.DataSourceTransactionManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Runs hand-written SQL on a connection from Micronaut Data's connection manager, in autocommit or in one
 * transaction of its transaction manager (which begins, commits and rolls back), and translates SQL
 * failures on the way out; domain errors thrown by the work roll the transaction back and pass through.
 * The bean shares the context's managers, so the repositories' statements join its transactions.
 */
@Singleton
final class Jdbc {

    /** Work done on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    // the transaction's own setting, not the session's: nothing to undo when the connection goes back,
    // and it rides on the same round trip as the BEGIN the driver sends first
    private static final String READ_ONLY_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    private final ConnectionOperations<Connection> connections;
    private final TransactionOperations<Connection> transactions;

    @Inject
    Jdbc(ConnectionOperations<Connection> connections, TransactionOperations<Connection> transactions) {
        this.connections = connections;
        this.transactions = transactions;
    }

    /** Over a pool of its own, with managers of its own (classes and tests that build their pieces by hand). */
    Jdbc(DataSource dataSource) {
        this(new PooledConnections(DelegatingDataSource.unwrapDataSource(dataSource)));
    }

    private Jdbc(PooledConnections connections) {
        this(connections, new DataSourceTransactionManager(connections.dataSource(), connections, connections));
    }

    /** Runs each statement of {@code work} in its own implicit transaction (or in the caller's, if one runs). */
    <T> T autocommit(String operation, Work<T> work) {
        return translated(operation, () -> connections.execute(ConnectionDefinition.DEFAULT,
                status -> unchecked(work, status.getConnection())));
    }

    /** Runs {@code work} in one read-write transaction. */
    <T> T transaction(String operation, Work<T> work) {
        return translated(operation, () -> transactions.execute(TransactionDefinition.DEFAULT,
                status -> unchecked(work, status.getConnection())));
    }

    /** Runs {@code work} in one read-only snapshot, so that several queries see the same data. */
    <T> T snapshot(String operation, Work<T> work) {
        return transaction(operation, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(READ_ONLY_SNAPSHOT);
            }
            return work.run(connection);
        });
    }

    private static <T> T unchecked(Work<T> work, Connection connection) {
        DatabaseAvailability.answered();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new SqlCarrier(e);
        }
    }

    private static <T> T translated(String operation, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (SqlCarrier carried) {
            throw SqlFailures.translate(operation, carried.sql());
        } catch (RuntimeException e) {
            throw SqlFailures.translateLibrary(operation, e);
        }
    }

    /** An SQL failure of the work, carried through the managers' unchecked callbacks. */
    private static final class SqlCarrier extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SqlCarrier(SQLException cause) {
            super(cause);
        }

        SQLException sql() {
            return (SQLException) getCause();
        }
    }
}
