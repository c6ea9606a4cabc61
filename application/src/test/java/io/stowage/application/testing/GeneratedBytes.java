package io.stowage.application.testing;

import io.stowage.domain.value.Checksum;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/** A repeatable byte sequence of any length made on the fly from a seed, so no payload is ever held whole. */
public final class GeneratedBytes extends InputStream {

    private final long seed;
    private final long size;
    private long position;

    public GeneratedBytes(long seed, long size) {
        this.seed = seed;
        this.size = size;
    }

    /** Byte {@code index} of the sequence for {@code seed}: a SplitMix64 word per eight bytes. */
    public static byte byteAt(long seed, long index) {
        long word = seed * 0x9E3779B97F4A7C15L + (index >>> 3);
        word = (word ^ (word >>> 30)) * 0xBF58476D1CE4E5B9L;
        word = (word ^ (word >>> 27)) * 0x94D049BB133111EBL;
        word ^= word >>> 31;
        return (byte) (word >>> ((index & 7) * 8));
    }

    public static byte[] slice(long seed, long offset, int length) {
        byte[] slice = new byte[length];
        for (int i = 0; i < length; i++) {
            slice[i] = byteAt(seed, offset + i);
        }
        return slice;
    }

    public static Checksum sha256(long seed, long size) throws IOException {
        return digest(new GeneratedBytes(seed, size));
    }

    public static Checksum digest(InputStream stream) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = stream.read(buffer)) != -1; ) {
            sha256.update(buffer, 0, read);
        }
        return Checksum.ofDigest(sha256.digest());
    }

    @Override
    public int read() {
        return position < size ? byteAt(seed, position++) & 0xff : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int count = (int) Math.min(length, size - position);
        for (int i = 0; i < count; i++) {
            target[offset + i] = byteAt(seed, position++);
        }
        return count;
    }
}
