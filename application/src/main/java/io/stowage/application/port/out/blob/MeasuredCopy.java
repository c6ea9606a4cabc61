package io.stowage.application.port.out.blob;

import io.stowage.application.port.out.BlobWritten;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.value.Checksum;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;

/**
 * Streams an upload into a volume through one fixed buffer, measuring size and SHA-256 on the way, and
 * refusing to read past the size limit. The buffer is filled before it is written: the HTTP body arrives
 * in pieces of about 8 KiB, and one write per piece costs more than the target (a profile of 1 MiB
 * uploads to disk showed 128 writes per upload taking a fifth of the request's time; an SFTP or FTP
 * write request likewise carries a full buffer rather than one HTTP chunk). Failures of the source come
 * out as runtime exceptions (the client's upload broke, or a limit was hit); failures of the target as
 * IOException.
 */
public final class MeasuredCopy {

    public static final int BUFFER_BYTES = 64 * 1024;

    private MeasuredCopy() {
    }

    /** Where the copy writes: a file channel, a remote file, a data connection. */
    @FunctionalInterface
    public interface Sink {

        /** Writes all of {@code bytes[offset, offset + length)}. */
        void write(byte[] bytes, int offset, int length) throws IOException;
    }

    /** Copies {@code source} into {@code target}; see {@link #copy(InputStream, Sink, long)}. */
    public static BlobWritten copy(InputStream source, OutputStream target, long maxBytes) throws IOException {
        return copy(source, target::write, maxBytes);
    }

    /**
     * Copies {@code source} into {@code target}.
     *
     * @throws PayloadTooLarge as soon as byte {@code maxBytes + 1} arrives; no more is read
     * @throws InvalidRequest when the source itself fails: the client's upload broke, not the volume
     * @throws IOException when writing to {@code target} fails
     */
    public static BlobWritten copy(InputStream source, Sink target, long maxBytes) throws IOException {
        MessageDigest sha256 = Sha256.newDigest();
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
}
