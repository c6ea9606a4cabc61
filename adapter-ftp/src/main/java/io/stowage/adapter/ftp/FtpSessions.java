package io.stowage.adapter.ftp;

import io.stowage.domain.error.StorageUnavailable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/**
 * A bounded pool of logged-in FTP control connections. One connection carries one transfer at a time, so
 * each caller leases one for the length of its operation (a whole upload, a whole ranged read). An idle
 * connection is checked with NOOP before it is handed out again; one that fails is dropped and replaced.
 */
final class FtpSessions implements AutoCloseable {

    static final String UNAVAILABLE = "blob store unavailable";

    private final FtpConnector connector;
    private final Semaphore permits;
    private final Duration waitForPermit;
    private final ConcurrentLinkedDeque<FTPClient> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    FtpSessions(FtpConnector connector, int size, Duration waitForPermit) {
        this.connector = connector;
        this.permits = new Semaphore(size, true);
        this.waitForPermit = waitForPermit;
    }

    /** One operation on a leased connection; an I/O failure drops the connection. */
    @FunctionalInterface
    interface Call<T> {
        T on(FTPClient client) throws IOException;
    }

    /** Runs {@code call} on a leased connection and gives it back, or drops it if the call broke it. */
    <T> T run(Call<T> call) {
        Lease lease = lease();
        boolean healthy = false;
        try {
            T result = call.on(lease.client());
            healthy = true;
            return result;
        } catch (IOException e) {
            throw new StorageUnavailable(UNAVAILABLE, e);
        } finally {
            lease.release(healthy);
        }
    }

    /**
     * A connection for the caller alone, until it calls {@link Lease#release}.
     *
     * @throws StorageUnavailable when no connection frees up within the io timeout, or none can be opened
     */
    Lease lease() {
        if (closed) {
            throw new StorageUnavailable(UNAVAILABLE, new IOException("volume closed"));
        }
        try {
            if (!permits.tryAcquire(waitForPermit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StorageUnavailable(UNAVAILABLE, new IOException("every FTP connection stayed busy"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailable(UNAVAILABLE, e);
        }
        try {
            return new Lease(reusableOrNew());
        } catch (IOException | RuntimeException e) {
            permits.release();
            throw e instanceof StorageUnavailable unavailable ? unavailable : new StorageUnavailable(UNAVAILABLE, e);
        }
    }

    private FTPClient reusableOrNew() throws IOException {
        for (FTPClient client = idle.pollFirst(); client != null; client = idle.pollFirst()) {
            if (stillAlive(client)) {
                return client;
            }
            FtpConnector.disconnectQuietly(client);
        }
        return connector.connect();
    }

    private static boolean stillAlive(FTPClient client) {
        try {
            return client.isConnected() && client.noop() == FTPReply.COMMAND_OK;
        } catch (IOException e) {
            return false;
        }
    }

    /** Logs out of every idle connection; leased ones are dropped when they come back. */
    @Override
    public void close() {
        closed = true;
        for (FTPClient client = idle.pollFirst(); client != null; client = idle.pollFirst()) {
            try {
                client.logout();
            } catch (IOException ignored) {
                // closing anyway
            }
            FtpConnector.disconnectQuietly(client);
        }
    }

    /** One leased connection; released exactly once. */
    final class Lease {

        private final FTPClient client;
        private boolean released;

        private Lease(FTPClient client) {
            this.client = client;
        }

        FTPClient client() {
            return client;
        }

        /** Gives the connection back for reuse when {@code healthy}, else disconnects it. */
        void release(boolean healthy) {
            if (released) {
                return;
            }
            released = true;
            if (healthy && !closed) {
                idle.addFirst(client);
            } else {
                FtpConnector.disconnectQuietly(client);
            }
            permits.release();
        }
    }
}
