package io.stowage.adapter.http.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A download is logged when its body is over, not when its headers leave: a slow reader shows as slow. */
class DownloadDurationTest {

    private static final int SIZE = 8 * 1024 * 1024;
    private static final long STALL_MILLIS = 1500;

    static ApiServer api;
    static AccessLines lines;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        lines = AccessLines.capture(api.mapper());
        String owner = api.userToken("dora");
        assertEquals(200, api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"slow\",\"public\":true}").send().status());
        assertEquals(200, api.call("POST", "/object/slow/big.bin").bearer(owner)
                .body(new byte[SIZE], "application/octet-stream").send().status());
    }

    @AfterAll
    static void stop() {
        lines.close();
        api.close();
    }

    @Test
    void theLineWaitsForTheLastByteAndItsDurationCoversTheBody() throws Exception {
        try (Socket socket = new Socket()) {
            // a small window: the server cannot finish by filling kernel buffers while the client stalls
            socket.setReceiveBufferSize(64 * 1024);
            socket.setSoTimeout(20_000);
            socket.connect(new InetSocketAddress("localhost", api.port()));
            socket.getOutputStream().write(("GET /storage/v1/object/public/slow/big.bin HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Request-Id: slow-reader-1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            String head = head(in);
            assertEquals(200, RawHttp.status(head), head);
            assertTrue(head.toLowerCase(Locale.ROOT).contains("x-request-id: slow-reader-1"), head);

            // the headers are out and the body is stuck behind a reader that does not read
            Thread.sleep(STALL_MILLIS);
            assertTrue(lines.rawLine("slow-reader-1", 0).isEmpty(), "logged before the body was sent");

            assertEquals(SIZE, drain(in, SIZE));
        }
        JsonNode line = lines.line("slow-reader-1");
        assertEquals("object.download_public", line.get("operation").getStringValue());
        assertEquals("anon", line.get("role").getStringValue());
        assertEquals(SIZE, line.get("size").getLongValue());
        long duration = line.get("duration_ms").getLongValue();
        assertTrue(duration >= STALL_MILLIS, "duration " + duration + " ms ends before the body did");
    }

    private static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static long drain(InputStream in, long expected) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        while (total < expected) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, expected - total));
            if (read < 0) {
                break;
            }
            total += read;
        }
        return total;
    }
}
