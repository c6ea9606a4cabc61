package io.stowage.adapter.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.stowage.application.port.out.SweepLock;
import io.stowage.domain.error.StorageUnavailable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A session-level PostgreSQL advisory lock, held on one pooled connection for the whole sweep: instances
 * sharing the database sweep one at a time, and a crashed holder's lock goes with its connection. The
 * connection is taken from the pool outside Micronaut Data's connection manager on purpose: it only holds
 * the lock, and the sweep's own transactions must not ride on it.
 */
@Singleton
public final class PostgresSweepLock implements SweepLock {

    /** "Stowage sweep": an arbitrary key no other user of the database is likely to pick. */
    static final long KEY = 0x53746f7753776570L;

    private final DataSource dataSource;

    public PostgresSweepLock(DataSource dataSource) {
        // the pool itself: Micronaut Data's DataSource bean hands out only the current transaction's connection
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public <T> Optional<T> whileHeld(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new StorageUnavailable("the database is unavailable", e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
