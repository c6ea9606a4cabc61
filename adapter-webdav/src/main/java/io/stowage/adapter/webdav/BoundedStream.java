package io.stowage.adapter.webdav;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The {@code length} bytes of a range out of a body that has {@code available} bytes left: it ends after
 * the range, and fails if the body ends before it.
 */
final class BoundedStream extends FilterInputStream {

    private long remaining;
    private final boolean drainsBody;

    BoundedStream(InputStream body, long length, long available) {
        super(body);
        this.remaining = length;
        this.drainsBody = length == available;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (remaining == 0) {
            // reading the body's own end lets it check that nothing more came than announced
            return drainsBody ? checkEnd() : -1;
        }
        int read = in.read(target, offset, (int) Math.min(length, remaining));
        if (read < 0) {
            throw new IOException("the server ended the range with " + remaining + " bytes missing");
        }
        remaining -= read;
        return read;
    }

    private int checkEnd() throws IOException {
        if (in.read() >= 0) {
            throw new IOException("the server sent more than the range asked for");
        }
        return -1;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(Math.min(Math.max(n, 0), remaining));
        remaining -= skipped;
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), remaining);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
