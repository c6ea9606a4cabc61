package io.stowage.adapter.s3;

import io.stowage.application.port.out.blob.BulkInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * Passes a body through and, when a read starts at or past a part boundary, asks {@code atBoundary} until
 * it answers true: past the first part, the S3 client has begun its multipart upload. Reads come one after
 * the other (see {@link MeasuringInputStream}), so plain fields suffice.
 */
final class PartBoundaries extends BulkInputStream {

    private final InputStream source;
    private final long partBytes;
    private final BooleanSupplier atBoundary;
    private long passed;
    private long nextBoundary;
    private boolean done;

    PartBoundaries(InputStream source, long partBytes, BooleanSupplier atBoundary) {
        this.source = source;
        this.partBytes = partBytes;
        this.atBoundary = atBoundary;
        this.nextBoundary = partBytes;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (!done && passed >= nextBoundary) {
            done = atBoundary.getAsBoolean();
            nextBoundary = passed + partBytes;
        }
        int read = source.read(target, offset, length);
        if (read > 0) {
            passed += read;
        }
        return read;
    }

    /** Leaves the source open: it belongs to the caller of the store. */
    @Override
    public void close() {
    }
}
