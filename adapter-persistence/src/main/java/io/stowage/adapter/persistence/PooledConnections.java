package io.stowage.adapter.persistence;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionStatus;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.connection.support.AbstractConnectionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Micronaut Data's connection management over a pool handed in by hand (a {@link Jdbc} built outside the
 * application context, as tests do): the context's own is bound to its DataSource bean.
 */
final class PooledConnections extends AbstractConnectionOperations<Connection> {

    private final DataSource dataSource;

    PooledConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected Connection openConnection(ConnectionDefinition definition) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("cannot get a connection from the pool", e);
        }
    }

    @Override
    protected void setupConnection(ConnectionStatus<Connection> status) {
        // the pool hands out connections in auto-commit, with the session's defaults
    }

    @Override
    protected void closeConnection(ConnectionStatus<Connection> status) {
        try {
            status.getConnection().close();
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("cannot return a connection to the pool", e);
        }
    }
}
