package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A snapshot is a read-only repeatable-read transaction set on the transaction, not on the session:
 * the pooled connection comes back as it went out.
 */
class JdbcSnapshotTest {

    private static final String READ_ONLY_SQL_TRANSACTION = "25006";

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SHOW " + setting)) {
            row.next();
            return row.getString(1);
        }
    }

    /** One connection, so that the test sees the very connection the snapshot used. */
    private static HikariDataSource singleConnectionPool() {
        TestDatabase database = TestDatabase.get();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.database().jdbcUrl());
        config.setUsername(database.database().user());
        config.setPassword(database.database().password());
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }

    @Test
    void readsInARepeatableReadReadOnlyTransaction() {
        try (HikariDataSource pool = singleConnectionPool()) {
            Jdbc jdbc = new Jdbc(pool);
            String settings = jdbc.snapshot("test", connection ->
                    show(connection, "transaction_isolation") + " " + show(connection, "transaction_read_only"));
            assertEquals("repeatable read on", settings);
        }
    }

    @Test
    void refusesWritesInsideASnapshot() {
        try (HikariDataSource pool = singleConnectionPool()) {
            Jdbc jdbc = new Jdbc(pool);
            DatabaseFailure refused = assertThrows(DatabaseFailure.class, () -> jdbc.snapshot("test", connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.execute("CREATE TABLE scratch (n int)");
                }
            }));
            assertEquals(READ_ONLY_SQL_TRANSACTION, ((SQLException) refused.getCause()).getSQLState());
        }
    }

    @Test
    void leavesTheSessionAsItWas() throws SQLException {
        try (HikariDataSource pool = singleConnectionPool()) {
            Jdbc jdbc = new Jdbc(pool);
            jdbc.snapshot("test", connection -> show(connection, "transaction_isolation"));
            try (Connection connection = pool.getConnection()) {
                assertTrue(connection.getAutoCommit());
                assertEquals("read committed", show(connection, "transaction_isolation"));
                assertEquals("off", show(connection, "transaction_read_only"));
            }
        }
    }
}
