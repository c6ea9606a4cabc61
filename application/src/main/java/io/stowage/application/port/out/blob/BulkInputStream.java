package io.stowage.application.port.out.blob;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream whose whole logic is in {@link #read(byte[], int, int)}: the single-byte read goes through it,
 * so the limits, counts and checks that method applies hold for every read.
 */
public abstract class BulkInputStream extends InputStream {

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public abstract int read(byte[] target, int offset, int length) throws IOException;
}
