package io.stowage.adapter.webdav;

import io.stowage.application.port.out.blob.BulkInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A response body as it comes from the server, guarded: a read that waits on a silent server longer than
 * the io timeout fails, a body that ends before (or runs past) its announced length fails instead of
 * passing for a short blob, and closing it gives back the connection permit exactly once.
 */
final class ResponseBodyStream extends BulkInputStream {

    private final InputStream body;
    private final long expected;
    private final IdleWatchdog.Guard guard;
    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();
    private long count;

    /** @param expected the number of bytes the body must have, or -1 when unknown */
    ResponseBodyStream(InputStream body, long expected, IdleWatchdog.Guard guard, Runnable release) {
        this.body = body;
        this.expected = expected;
        this.guard = guard;
        this.release = release;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (closed.get()) {
            throw new IOException("stream closed");
        }
        if (length == 0) {
            return 0;
        }
        int read;
        guard.waitOnServer();
        try {
            read = body.read(target, offset, length);
        } catch (IOException e) {
            throw guard.fired() ? timedOut(e) : e;
        } finally {
            guard.serverAnswered();
        }
        if (guard.fired()) {
            throw timedOut(null);
        }
        if (read < 0) {
            if (expected >= 0 && count != expected) {
                throw new IOException("the server ended the body after " + count + " of " + expected + " bytes");
            }
            return -1;
        }
        count += read;
        if (expected >= 0 && count > expected) {
            throw new IOException("the server sent more than the " + expected + " bytes it announced");
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            try {
                body.close();
            } finally {
                guard.close();
                release.run();
            }
        }
    }

    private static IOException timedOut(IOException cause) {
        return new IOException("the server sent nothing for the io timeout", cause);
    }
}
