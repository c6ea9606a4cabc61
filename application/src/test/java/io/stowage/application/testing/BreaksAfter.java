package io.stowage.application.testing;

import java.io.IOException;
import java.io.InputStream;

/**
 * Passes some healthy bytes through, then fails the way a dropped upload (or an upstream guard) does.
 * Just before failing it runs a probe, so a test can see the store while the upload is still under way.
 */
public final class BreaksAfter extends InputStream {

    private final InputStream source;
    private final Exception failure;
    private final Runnable beforeFailing;
    private long healthyLeft;

    /** {@code failure} is an {@link IOException} or a {@link RuntimeException}, thrown as it is. */
    public BreaksAfter(InputStream source, long healthyBytes, Exception failure) {
        this(source, healthyBytes, failure, () -> { });
    }

    public BreaksAfter(InputStream source, long healthyBytes, Exception failure, Runnable beforeFailing) {
        if (!(failure instanceof IOException) && !(failure instanceof RuntimeException)) {
            throw new IllegalArgumentException("an input stream can only throw IOException or unchecked");
        }
        this.source = source;
        this.failure = failure;
        this.beforeFailing = beforeFailing;
        this.healthyLeft = healthyBytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (healthyLeft <= 0) {
            beforeFailing.run();
            if (failure instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) failure;
        }
        int read = source.read(target, offset, (int) Math.min(length, healthyLeft));
        healthyLeft -= Math.max(read, 0);
        return read;
    }
}
