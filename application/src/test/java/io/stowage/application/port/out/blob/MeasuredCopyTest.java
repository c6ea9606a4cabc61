package io.stowage.application.port.out.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.testing.CountingInputStream;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.error.PayloadTooLarge;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The copy gathers a body that arrives in small pieces (as HTTP delivers it) into full buffers, and
 * neither loses, reorders nor over-reads a byte doing so.
 */
class MeasuredCopyTest {

    private static final int PIECE = 8 * 1024 - 3; // uneven, so pieces straddle every buffer boundary

    private final ByteArrayOutputStream target = new ByteArrayOutputStream();

    @Test
    void aBodyInSmallPiecesArrivesWholeWithItsSizeAndDigest() throws IOException {
        long size = 3L * MeasuredCopy.BUFFER_BYTES + 12_345;

        BlobWritten written = copy(new Trickle(new GeneratedBytes(7, size)), size);

        assertEquals(size, written.size());
        assertEquals(GeneratedBytes.sha256(7, size), written.sha256());
        assertArrayEquals(GeneratedBytes.slice(7, 0, (int) size), target.toByteArray());
    }

    @Test
    void aBodyOfExactlyTheLimitIsAcceptedWithoutReadingFurther() throws IOException {
        long limit = 2L * MeasuredCopy.BUFFER_BYTES;
        CountingInputStream source = new CountingInputStream(new Trickle(new GeneratedBytes(8, limit)));

        assertEquals(limit, copy(source, limit).size());
        assertEquals(limit, source.count());
    }

    @Test
    void anOversizedBodyInPiecesIsReadOneBytePastTheLimitAndNoFurther() {
        long limit = MeasuredCopy.BUFFER_BYTES + 100;
        CountingInputStream source = new CountingInputStream(new Trickle(new GeneratedBytes(9, 10L * limit)));

        assertThrows(PayloadTooLarge.class, () -> copy(source, limit));
        assertEquals(limit + 1, source.count());
    }

    @Test
    void anEmptyBodyIsAnEmptyBlob() throws IOException {
        BlobWritten written = copy(new GeneratedBytes(10, 0), 100);

        assertEquals(0, written.size());
        assertEquals(GeneratedBytes.sha256(10, 0), written.sha256());
        assertEquals(0, target.size());
    }

    private BlobWritten copy(InputStream source, long maxBytes) throws IOException {
        return MeasuredCopy.copy(source, target, maxBytes);
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
