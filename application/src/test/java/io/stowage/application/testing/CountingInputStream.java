package io.stowage.application.testing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts how many bytes a consumer actually pulled from a source. */
public final class CountingInputStream extends FilterInputStream {

    private volatile long count;

    public CountingInputStream(InputStream source) {
        super(source);
    }

    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        if (read >= 0) {
            count++;
        }
        return read;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        int read = super.read(target, offset, length);
        count += Math.max(read, 0);
        return read;
    }
}
