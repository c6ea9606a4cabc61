package io.stowage.adapter.http.object;

import io.stowage.domain.error.InvalidRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A streaming multipart/form-data reader (RFC 7578) over the raw request body: it walks part by part
 * and hands out each part's content as a stream that ends at the next boundary, so a file part flows
 * to storage without ever being held whole. One buffer of {@value #BUFFER_SIZE} bytes is all it keeps.
 */
final class MultipartReader {

    static final int BUFFER_SIZE = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    private final InputStream body;
    /** "\r\n--boundary": what ends every part's content. */
    private final byte[] delimiter;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int start;
    private int end;
    private boolean finished;
    private PartStream current;

    MultipartReader(InputStream body, String boundary) {
        this.body = body;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // a leading CRLF lets the first boundary, at the very start of the body, match like the others
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
    }

    /** The next part's headers, positioned at its content; null after the closing boundary. */
    PartHeaders nextPart() throws IOException {
        // skip what is left of the current part, or the preamble before the first one
        (current == null ? new PartStream() : current).transferTo(OutputStream.nullOutputStream());
        if (finished) {
            return null;
        }
        fill(2);
        if (buffer[start] == '-' && buffer[start + 1] == '-') {
            finished = true;
            return null;
        }
        int lineEnd = indexOf(CRLF, start, MAX_HEADER_BYTES);
        start = lineEnd + CRLF.length; // transport padding after the boundary is ignored
        int headersEnd = indexOf(CRLF, start, MAX_HEADER_BYTES) == start ? start
                : indexOf(HEADERS_END, start, MAX_HEADER_BYTES) + CRLF.length;
        PartHeaders headers = PartHeaders.parse(new String(buffer, start, headersEnd - start, StandardCharsets.UTF_8));
        start = headersEnd + CRLF.length;
        current = new PartStream();
        return headers;
    }

    /** The current part's content, up to the next boundary. */
    InputStream content() {
        return current;
    }

    /** Position of {@code pattern} at or after {@code from}, reading more as needed, within {@code limit} bytes. */
    private int indexOf(byte[] pattern, int from, int limit) throws IOException {
        int offset = from - start;
        while (true) {
            int found = search(pattern, start + offset, end);
            if (found >= 0 && found - start <= limit) {
                return found;
            }
            if (end - start >= limit) {
                throw new InvalidRequest("multipart part headers are too large");
            }
            offset = Math.max(0, end - start - pattern.length + 1);
            if (!readMore()) {
                throw new InvalidRequest("the multipart body ended inside part headers");
            }
        }
    }

    private int search(byte[] pattern, int from, int to) {
        outer:
        for (int i = from; i <= to - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (buffer[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void fill(int count) throws IOException {
        while (end - start < count) {
            if (!readMore()) {
                throw new InvalidRequest("the multipart body ended before its closing boundary");
            }
        }
    }

    /** Compacts the buffer and reads once more; false at end of body. */
    private boolean readMore() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            throw new IllegalStateException("multipart buffer full");
        }
        int read = body.read(buffer, end, buffer.length - end);
        if (read < 0) {
            return false;
        }
        end += read;
        return true;
    }

    /** One part's content: the bytes before the next delimiter; ending without one is an error. */
    private final class PartStream extends InputStream {

        /** Bytes from {@code start} known not to begin a delimiter. */
        private int clear;
        /** Whether the delimiter follows right after those bytes. */
        private boolean delimiterNext;
        private boolean done;

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
            while (!done) {
                if (clear > 0) {
                    int count = Math.min(clear, length);
                    System.arraycopy(buffer, start, target, offset, count);
                    start += count;
                    clear -= count;
                    return count;
                }
                if (delimiterNext) {
                    start += delimiter.length;
                    done = true;
                    break;
                }
                scan();
            }
            return -1;
        }

        /** Finds how much of the buffer is content, reading more when none of it can be told yet. */
        private void scan() throws IOException {
            while (true) {
                int found = search(delimiter, start, end);
                if (found >= 0) {
                    clear = found - start;
                    delimiterNext = true;
                    return;
                }
                // the last delimiter.length - 1 bytes might be the start of a delimiter still arriving
                clear = Math.max(0, end - start - delimiter.length + 1);
                if (clear > 0) {
                    return;
                }
                if (!readMore()) {
                    // a truncated upload must fail, never be stored as if it were complete
                    throw new InvalidRequest("the multipart body ended before the part's closing boundary");
                }
            }
        }
    }
}
