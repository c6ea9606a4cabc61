package io.stowage.adapter.webdav;

import io.stowage.application.port.out.BlobWritten;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.value.Checksum;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;

/**
 * An upload on its way to the HTTP client, measured as it passes: it counts and digests every byte,
 * refuses byte {@code maxBytes + 1}, and remembers the failure it raised, because the client wraps
 * whatever its body publisher throws and the store must rethrow the original. While it waits on its own
 * source it tells the watchdog that the server is not the one keeping the upload waiting.
 *
 * <p>The client reads it from its own threads, one read after another; the store reads the result only
 * once the exchange has completed, which orders those reads before it.
 */
final class MeasuringInputStream extends InputStream {

    static final String BROKEN_UPLOAD = "the upload body could not be read completely";

    private final InputStream source;
    private final long maxBytes;
    private final IdleWatchdog.Guard guard;
    private final MessageDigest sha256 = sha256();
    private long count;
    private volatile RuntimeException failure;
    private volatile boolean abandoned;

    MeasuringInputStream(InputStream source, long maxBytes, IdleWatchdog.Guard guard) {
        this.source = source;
        this.maxBytes = maxBytes;
        this.guard = guard;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (abandoned) {
            throw new IOException("upload abandoned");
        }
        if (failure != null) {
            throw failure;
        }
        if (length == 0) {
            return 0;
        }
        // never ask for more than one byte past the limit, so an oversized upload is not drained
        long allowed = maxBytes - count;
        int wanted = allowed >= length ? length : (int) allowed + 1;
        int read = readSource(target, offset, wanted);
        if (read < 0) {
            return -1;
        }
        count += read;
        if (count > maxBytes) {
            throw fail(new PayloadTooLarge(maxBytes));
        }
        sha256.update(target, offset, read);
        return read;
    }

    /** Leaves the source open: it belongs to the caller of the store. */
    @Override
    public void close() {
    }

    /** Stops any later read by the client, once the store has given up on the exchange. */
    void abandon() {
        abandoned = true;
    }

    /** Why this stream stopped the upload, if it did. */
    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** What passed through; only meaningful once the source reached its end. */
    BlobWritten written() {
        return new BlobWritten(count, Checksum.ofDigest(sha256.digest()));
    }

    private int readSource(byte[] target, int offset, int wanted) {
        guard.serverAnswered();
        try {
            return source.read(target, offset, wanted);
        } catch (IOException broken) {
            // the caller's upload broke, not the server
            InvalidRequest error = new InvalidRequest(BROKEN_UPLOAD);
            error.initCause(broken);
            throw fail(error);
        } catch (RuntimeException raised) {
            throw fail(raised);
        } finally {
            guard.waitOnServer();
        }
    }

    private RuntimeException fail(RuntimeException error) {
        failure = error;
        return error;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            // every Java platform is required to provide SHA-256
            throw new IllegalStateException(impossible);
        }
    }
}
