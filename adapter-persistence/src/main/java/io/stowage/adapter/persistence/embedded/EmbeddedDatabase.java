package io.stowage.adapter.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.time.Duration;

/**
 * A PostgreSQL server run by Stowage itself when no external database is configured. Its files live in
 * the given directory and survive restarts, including a crash that left the old server running; it
 * listens on localhost only, on a free port chosen at each start, and accepts its superuser without a
 * password (trust authentication, as the library's initdb sets it up).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final String SUPERUSER = "postgres";
    private static final String DATABASE = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the server on {@code dataDirectory}, creating the database cluster there on first use.
     *
     * @throws IllegalStateException with a one-line reason when the server cannot start
     */
    public static EmbeddedDatabase start(File dataDirectory) {
        return start(dataDirectory, 0);
    }

    /** Starts on a given port ({@code 0}: any free one), so a restarted server is found where it was. */
    public static EmbeddedDatabase start(File dataDirectory, int port) {
        try {
            if (!dataDirectory.isDirectory() && !dataDirectory.mkdirs()) {
                throw new IOException("cannot create the directory");
            }
            OrphanedServer.stopIfAny(dataDirectory, STARTUP_WAIT);
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // the C locale exists everywhere; every name column declares its own collation anyway
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("listen_addresses", "localhost")
                    // the library tunes for throw-away test databases (-F turns fsync off, commits are
                    // acknowledged before they are durable); these are real data, so both go back on
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(STARTUP_WAIT)
                    .setPort(port)
                    .start());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("embedded PostgreSQL could not start in " + dataDirectory.getAbsolutePath()
                    + ": " + reason(e), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String user() {
        return SUPERUSER;
    }

    /** Empty: the embedded server trusts local connections. */
    public String password() {
        return "";
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops the server (fast shutdown: open sessions are ended, committed data is safe). */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** The outermost message of the failure that says something, on one line. */
    private static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the data directory's lock file is held: by this process (overlap) or by another one
            if (t instanceof OverlappingFileLockException || String.valueOf(t.getMessage()).startsWith("could not lock")) {
                return "the directory is in use by another running embedded PostgreSQL";
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
            }
        }
        return failure.getClass().getSimpleName();
    }
}
