package io.stowage.adapter.ftp;

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
 * Streams an upload into an FTP data connection through one fixed buffer, measuring size and SHA-256 on
 * the way and refusing to read past the size limit. Failures of the source come out as runtime
 * exceptions (the client's upload broke, or a limit was hit); failures of the server as IOException.
 */
final class MeasuredCopy {

    static final int BUFFER_BYTES = 64 * 1024;

    private MeasuredCopy() {
    }

    /**
     * @throws PayloadTooLarge as soon as byte {@code maxBytes + 1} arrives; no more is read
     * @throws InvalidRequest when the source fails with an IOException
     * @throws IOException when writing to {@code target} fails
     */
    static BlobWritten copy(InputStream source, OutputStream target, long maxBytes) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        while (true) {
            // never ask for more than one byte past the limit, so an oversized upload is not drained
            long allowed = maxBytes - total;
            int wanted = allowed >= buffer.length ? buffer.length : (int) allowed + 1;
            int read = readSource(source, buffer, wanted);
            if (read < 0) {
                return new BlobWritten(total, Checksum.ofDigest(sha256.digest()));
            }
            total += read;
            if (total > maxBytes) {
                throw new PayloadTooLarge(maxBytes);
            }
            sha256.update(buffer, 0, read);
            target.write(buffer, 0, read);
        }
    }

    private static int readSource(InputStream source, byte[] buffer, int wanted) {
        try {
            return source.read(buffer, 0, wanted);
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
