package io.stowage.adapter.http.object;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.InvalidRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming multipart reader on hand-made bodies, read in awkward slices. */
class MultipartReaderTest {

    private static final String B = "XyZboundary";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Hands out at most {@code slice} bytes per read, so every boundary straddles some read. */
    private static InputStream sliced(byte[] body, int slice) {
        return new FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, slice));
            }
        };
    }

    private static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void readsFieldsAndAFileWithAnEmptyNameWhateverTheSlicing() throws IOException {
        byte[] file = new byte[300_000];
        new Random(7).nextBytes(file);
        byte[] body = concat(bytes("preamble to ignore\r\n--" + B + "\r\n"
                + "Content-Disposition: form-data; name=\"cacheControl\"\r\n\r\n3600\r\n--" + B + "\r\n"
                + "Content-Disposition: form-data; name=\"\"; filename=\"blob\"\r\nContent-Type: image/png\r\n\r\n"),
                file, bytes("\r\n--" + B + "--\r\nepilogue"));
        for (int slice : new int[] {1, 7, 13, 4096, 1 << 20}) {
            MultipartReader reader = new MultipartReader(sliced(body, slice), B);
            PartHeaders field = reader.nextPart();
            assertEquals("cacheControl", field.name());
            assertFalse(field.hasFilename());
            assertEquals("3600", text(reader.content()));
            PartHeaders filePart = reader.nextPart();
            assertEquals("", filePart.name());
            assertTrue(filePart.hasFilename());
            assertEquals("image/png", filePart.contentType());
            assertArrayEquals(file, reader.content().readAllBytes(), "slice " + slice);
            assertNull(reader.nextPart());
        }
    }

    @Test
    void contentThatAlmostContainsTheBoundaryIsKept() throws IOException {
        String tricky = "a\r\n--" + B.substring(0, 5) + "\r\n\r\n--" + B.substring(0, B.length() - 1) + "\r\n-\r";
        byte[] body = bytes("--" + B + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"t\"\r\n\r\n"
                + tricky + "\r\n--" + B + "--");
        for (int slice : new int[] {1, 3, 64}) {
            MultipartReader reader = new MultipartReader(sliced(body, slice), B);
            reader.nextPart();
            assertEquals(tricky, text(reader.content()));
        }
    }

    @Test
    void anUnreadPartIsSkippedAndAPartWithoutHeadersIsAllowed() throws IOException {
        byte[] body = bytes("--" + B + "\r\nContent-Disposition: form-data; name=\"skip\"\r\n\r\nlong value\r\n--"
                + B + "\r\n\r\nbare\r\n--" + B + "--\r\n");
        MultipartReader reader = new MultipartReader(sliced(body, 5), B);
        assertEquals("skip", reader.nextPart().name());
        PartHeaders bare = reader.nextPart();
        assertNull(bare.name());
        assertEquals("bare", text(reader.content()));
        assertNull(reader.nextPart());
    }

    @Test
    void aTruncatedFilePartFailsInsteadOfEndingQuietly() throws IOException {
        byte[] body = bytes("--" + B + "\r\nContent-Disposition: form-data; name=\"\"; filename=\"x\"\r\n\r\nhalf of it");
        MultipartReader reader = new MultipartReader(sliced(body, 4), B);
        reader.nextPart();
        InputStream content = reader.content();
        assertThrows(InvalidRequest.class, content::readAllBytes);
    }

    @Test
    void oversizedPartHeadersAreRefused() {
        byte[] body = bytes("--" + B + "\r\nX-Filler: " + "a".repeat(40_000) + "\r\n\r\nx\r\n--" + B + "--");
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body), B);
        assertThrows(InvalidRequest.class, reader::nextPart);
    }

    @Test
    void dispositionParametersAreParsedWithQuotesAndEscapes() {
        PartHeaders part = PartHeaders.parse("Content-Disposition: form-data; name=\"a;b\"; filename=\"q\\\"t.txt\"\r\n"
                + "content-type: text/plain\r\n");
        assertEquals("a;b", part.name());
        assertTrue(part.hasFilename());
        assertEquals("text/plain", part.contentType());
        assertEquals("abc", PartHeaders.parameter("multipart/form-data; boundary=abc", "boundary"));
        assertEquals("a b", PartHeaders.parameter("multipart/form-data; charset=x; boundary=\"a b\"", "boundary"));
    }
}
