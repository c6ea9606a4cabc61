package io.stowage.adapter.sftp;

import io.stowage.application.port.out.BlobWritten;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.value.Checksum;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Streams an upload to the server through one fixed buffer, measuring size and SHA-256 on the way and
 * refusing to read past the size limit. The buffer is filled before it is sent, so each SFTP write
 * request carries a full buffer rather than one HTTP chunk.
 */
final class MeasuredCopy {

    static final int BUFFER_BYTES = 64 * 1024;

    private MeasuredCopy() {
    }

    /**
     * Copies {@code source} into {@code target}.
     *
     * @throws PayloadTooLarge as soon as byte {@code maxBytes + 1} arrives; no more is read
     * @throws InvalidRequest when the source itself fails: the client's upload broke, not the server
     * @throws IOException when writing to {@code target} fails
     */
    static BlobWritten copy(InputStream source, OutputStream target, long maxBytes) throws IOException {
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
            target.write(buffer, 0, filled);
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            // every Java platform is required to provide SHA-256
            throw new IllegalStateException(impossible);
        }
    }
}
