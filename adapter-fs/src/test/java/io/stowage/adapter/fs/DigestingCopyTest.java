package io.stowage.adapter.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.testing.CountingInputStream;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.error.PayloadTooLarge;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy gathers a body that arrives in small pieces (as HTTP delivers it) into full buffers, and
 * neither loses, reorders nor over-reads a byte doing so.
 */
class DigestingCopyTest {

    private static final int PIECE = 8 * 1024 - 3; // uneven, so pieces straddle every buffer boundary

    @TempDir
    Path directory;

    @Test
    void aBodyInSmallPiecesArrivesWholeWithItsSizeAndDigest() throws IOException {
        long size = 3L * DigestingCopy.BUFFER_BYTES + 12_345;

        BlobWritten written = copy(new Trickle(new GeneratedBytes(7, size)), size);

        assertEquals(size, written.size());
        assertEquals(GeneratedBytes.sha256(7, size), written.sha256());
        assertArrayEquals(GeneratedBytes.slice(7, 0, (int) size), Files.readAllBytes(directory.resolve("blob")));
    }

    @Test
    void aBodyOfExactlyTheLimitIsAcceptedWithoutReadingFurther() throws IOException {
        long limit = 2L * DigestingCopy.BUFFER_BYTES;
        CountingInputStream source = new CountingInputStream(new Trickle(new GeneratedBytes(8, limit)));

        assertEquals(limit, copy(source, limit).size());
        assertEquals(limit, source.count());
    }

    @Test
    void anOversizedBodyInPiecesIsReadOneBytePastTheLimitAndNoFurther() {
        long limit = DigestingCopy.BUFFER_BYTES + 100;
        CountingInputStream source = new CountingInputStream(new Trickle(new GeneratedBytes(9, 10L * limit)));

        assertThrows(PayloadTooLarge.class, () -> copy(source, limit));
        assertEquals(limit + 1, source.count());
    }

    @Test
    void anEmptyBodyIsAnEmptyBlob() throws IOException {
        BlobWritten written = copy(new GeneratedBytes(10, 0), 100);

        assertEquals(0, written.size());
        assertEquals(GeneratedBytes.sha256(10, 0), written.sha256());
        assertEquals(0, Files.size(directory.resolve("blob")));
    }

    private BlobWritten copy(InputStream source, long maxBytes) throws IOException {
        try (FileChannel target = FileChannel.open(directory.resolve("blob"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            return DigestingCopy.copy(source, target, maxBytes);
        }
    }

    /** Hands out at most {@link #PIECE} bytes per read, as the HTTP server's body stream does. */
    private static final class Trickle extends FilterInputStream {

        Trickle(InputStream source) {
            super(source);
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            return super.read(target, offset, Math.min(length, PIECE));
        }
    }
}
