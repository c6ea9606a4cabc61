package io.stowage.application.port.out.blob;

import io.stowage.application.port.out.BlobWritten;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.value.Checksum;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * An upload on its way to a client library that pulls its body (an S3 or HTTP client), measured as it
 * passes: it counts and digests every byte, refuses byte {@code maxBytes + 1}, and remembers the failure
 * it raised, because such clients wrap whatever a source throws and the store must rethrow the original.
 *
 * <p>The client may read from its own threads, but one read after another, each hand-over ordered by the
 * client (a completed future, an exchange that completed); the store reads the result only after that.
 */
public final class MeasuringInputStream extends BulkInputStream {

    public static final String BROKEN_UPLOAD = "the upload body could not be read completely";

    /** Told when a read waits on the upload's own source, and when that wait is over. */
    public interface SourceWaits {

        SourceWaits NONE = new SourceWaits() {
        };

        default void sourceReadStarts() {
        }

        default void sourceReadEnds() {
        }
    }

    private final InputStream source;
    private final long maxBytes;
    private final SourceWaits waits;
    private final MessageDigest sha256 = Sha256.newDigest();
    private long count;
    private volatile RuntimeException failure;
    private volatile boolean abandoned;

    public MeasuringInputStream(InputStream source, long maxBytes) {
        this(source, maxBytes, SourceWaits.NONE);
    }

    public MeasuringInputStream(InputStream source, long maxBytes, SourceWaits waits) {
        this.source = Objects.requireNonNull(source, "source");
        this.maxBytes = maxBytes;
        this.waits = Objects.requireNonNull(waits, "waits");
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
    public void abandon() {
        abandoned = true;
    }

    /** Why this stream stopped the upload, if it did. */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** What passed through; only meaningful once the source reached its end. */
    public BlobWritten written() {
        return new BlobWritten(count, Checksum.ofDigest(sha256.digest()));
    }

    private int readSource(byte[] target, int offset, int wanted) {
        waits.sourceReadStarts();
        try {
            return source.read(target, offset, wanted);
        } catch (IOException broken) {
            // the caller's upload broke, not the volume
            InvalidRequest error = new InvalidRequest(BROKEN_UPLOAD);
            error.initCause(broken);
            throw fail(error);
        } catch (RuntimeException raised) {
            throw fail(raised);
        } finally {
            waits.sourceReadEnds();
        }
    }

    private RuntimeException fail(RuntimeException error) {
        failure = error;
        return error;
    }
}
