package io.stowage.bootstrap.packaged;

import java.io.InputStream;

/** A deterministic, non-repeating-looking stream of a given length that costs no memory. */
final class PatternStream extends InputStream {

    private final long length;
    private long position;

    PatternStream(long length) {
        this.length = length;
    }

    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        return byteAt(position++);
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) byteAt(position++);
        }
        return n;
    }

    private static int byteAt(long index) {
        long x = index * 0x9E3779B97F4A7C15L;
        return (int) ((x >>> 56) ^ (index >>> 20)) & 0xff;
    }
}
