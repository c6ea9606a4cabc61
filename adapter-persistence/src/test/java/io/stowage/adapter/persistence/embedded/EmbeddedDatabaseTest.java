package io.stowage.adapter.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded server keeps its data across restarts and explains in one line why it cannot start. */
class EmbeddedDatabaseTest {

    private File directory;

    @BeforeEach
    void createDirectory() throws IOException {
        directory = File.createTempFile("stowage-embedded-pg", "");
        assertTrue(directory.delete() && directory.mkdirs());
    }

    @AfterEach
    void deleteDirectory() {
        deleteTree(directory);
    }

    @Test
    void dataSurvivesARestartInTheSameDirectory() throws SQLException {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(new File(directory, "pg"))) {
            execute(first, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(new File(directory, "pg"))) {
            assertEquals("still here", queryOne(second, "SELECT note FROM kept"));
            assertTrue(second.jdbcUrl().startsWith("jdbc:postgresql://localhost:" + second.port() + "/"));
        }
    }

    @Test
    void committedDataIsDurable() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(new File(directory, "pg"))) {
            assertEquals("on", queryOne(database, "SHOW fsync"));
            assertEquals("on", queryOne(database, "SHOW synchronous_commit"));
            assertEquals("localhost", queryOne(database, "SHOW listen_addresses"));
        }
    }

    @Test
    void aSecondServerOnTheSameDirectoryIsRefusedWithOneLine() {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(new File(directory, "pg"))) {
            IllegalStateException refusal = assertThrows(IllegalStateException.class,
                    () -> EmbeddedDatabase.start(new File(directory, "pg")));
            assertOneLineNaming(refusal, new File(directory, "pg"));
            assertTrue(refusal.getMessage().endsWith("in use by another running embedded PostgreSQL"));
            assertNotEquals(0, running.port());
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsRefusedWithOneLine() throws IOException {
        File notADirectory = new File(directory, "file");
        try (FileOutputStream out = new FileOutputStream(notADirectory)) {
            out.write('x');
        }
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> EmbeddedDatabase.start(notADirectory));
        assertOneLineNaming(refusal, notADirectory);
    }

    private static void assertOneLineNaming(IllegalStateException refusal, File where) {
        String message = refusal.getMessage();
        assertTrue(message.startsWith("embedded PostgreSQL could not start in " + where.getAbsolutePath() + ": "),
                message);
        assertFalse(message.contains("\n"), message);
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryOne(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static void deleteTree(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteTree(child);
            }
        }
        file.delete();
    }
}
