package io.stowage.adapter.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A Stowage killed without warning leaves its PostgreSQL running on the data directory; the next start
 * stops that orphan and serves the same data instead of failing on the taken directory.
 */
class CrashedHolderTest {

    @Test
    void aServerOrphanedByAKilledProcessIsStoppedAndItsDataServedAgain() throws Exception {
        File directory = File.createTempFile("stowage-crash-pg", "");
        assertTrue(directory.delete() && directory.mkdirs());
        File data = new File(directory, "pg");
        Process holder = new ProcessBuilder(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                Holder.class.getName(), data.getAbsolutePath())).redirectErrorStream(true).start();
        try {
            assertEquals("READY", awaitReady(holder));
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(new File(data, "postmaster.pid").isFile(), "the killed process left its server running");

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data);
                Connection connection = DriverManager.getConnection(restarted.jdbcUrl(), restarted.user(),
                        restarted.password());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT note FROM kept")) {
            assertTrue(row.next());
            assertEquals("committed before the crash", row.getString(1));
        } finally {
            deleteTree(directory);
        }
    }

    /** The process that gets killed: starts the server, commits a row, says READY, and waits. */
    public static final class Holder {
        public static void main(String[] args) throws SQLException, InterruptedException {
            EmbeddedDatabase database = EmbeddedDatabase.start(new File(args[0]));
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                    database.password()); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('committed before the crash')");
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }

    private static String awaitReady(Process holder) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            if (line.equals("READY")) {
                return line;
            }
        }
        return "the holder exited without starting its server";
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
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
