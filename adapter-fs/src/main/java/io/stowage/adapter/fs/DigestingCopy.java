package io.stowage.adapter.fs;

import io.stowage.application.port.out.BlobWritten;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.value.Checksum;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Streams an upload into a file through one fixed buffer, measuring size and SHA-256 on the way, and
 * refusing to read past the size limit. The buffer is filled before it is written: the HTTP body arrives
 * in pieces of about 8 KiB, and one write per piece cost more than the disk (a profile of 1 MiB uploads
 * showed 128 writes per upload taking a fifth of the request's time).
 */
final class DigestingCopy {

    static final int BUFFER_BYTES = 64 * 1024;

    private DigestingCopy() {
    }

    /**
     * Copies {@code source} into {@code target}.
     *
     * @throws PayloadTooLarge as soon as byte {@code maxBytes + 1} arrives; no more is read
     * @throws InvalidRequest when the source itself fails: the client's upload broke, not our disk
     * @throws IOException when writing to {@code target} fails
     */
    static BlobWritten copy(InputStream source, FileChannel target, long maxBytes) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        boolean ended = false;
        while (!ended) {
            int filled = 0;
            while (filled < buffer.length) {
                // never ask for more than one byte past the limit, so an oversized upload is not drained
                long allowed = maxBytes - total - filled;
                int wanted = allowed >= buffer.length - filled ? buffer.length - filled : (int) allowed + 1;
                int read = readSource(source, buffer, filled, wanted);
                if (read < 0) {
                    ended = true;
                    break;
                }
                filled += read;
                if (total + filled > maxBytes) {
                    throw new PayloadTooLarge(maxBytes);
                }
            }
            sha256.update(buffer, 0, filled);
            writeFully(target, ByteBuffer.wrap(buffer, 0, filled));
            total += filled;
        }
        return new BlobWritten(total, Checksum.ofDigest(sha256.digest()));
    }

    private static int readSource(InputStream source, byte[] buffer, int offset, int wanted) {
        try {
            return source.read(buffer, offset, wanted);
        } catch (IOException broken) {
            InvalidRequest error = new InvalidRequest("the upload body could not be read completely");
            error.initCause(broken);
            throw error;
        }
    }

    private static void writeFully(FileChannel target, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            target.write(bytes);
        }
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
