package io.stowage.adapter.sftp;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Exactly {@code length} bytes of the underlying stream, then end of stream; a file that ends early (it
 * shrank on the server) is an {@link EOFException}, never a silently short download.
 */
final class RangeInputStream extends FilterInputStream {

    private long remaining;

    RangeInputStream(InputStream source, long length) {
        super(source);
        this.remaining = length;
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
        if (remaining <= 0) {
            return -1;
        }
        int read = in.read(target, offset, (int) Math.min(length, remaining));
        if (read < 0) {
            throw new EOFException("the blob ended " + remaining + " bytes early");
        }
        remaining -= read;
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        long skipped = 0;
        byte[] scratch = new byte[8192];
        while (skipped < count) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, count - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), remaining);
    }

    /** Closing a read handle loses nothing, so a connection that died meanwhile is no error here. */
    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // the server drops the handle with the session
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
