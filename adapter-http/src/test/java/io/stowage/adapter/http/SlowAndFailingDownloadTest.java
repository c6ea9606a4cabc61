package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.ObservedReads;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Downloads that do not go well: a client that stops reading holds back the server's reads (nothing is
 * buffered ahead of it), and a blob that fails midway cuts the connection short of Content-Length.
 */
class SlowAndFailingDownloadTest {

    private static final int SIZE = 16 * 1024 * 1024;
    private static final String GET = "GET /storage/v1/object/public/big/large.bin HTTP/1.1\r\nHost: localhost\r\n\r\n";

    static ApiServer api;

    @BeforeAll
    static void start() {
        api = ApiServer.start(Map.of("test.observed-reads", "true"));
        String owner = api.userToken("rita");
        assertEquals(200, api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"big\",\"public\":true}").send().status());
        assertEquals(200, api.call("POST", "/object/big/large.bin").bearer(owner)
                .body(new byte[SIZE], "application/octet-stream").send().status());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aClientThatStopsReadingStopsTheServerReadingAhead() throws Exception {
        ObservedReads.reset(Long.MAX_VALUE);
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(64 * 1024);
            socket.connect(new java.net.InetSocketAddress("localhost", api.port()));
            socket.getOutputStream().write(GET.getBytes(StandardCharsets.ISO_8859_1));
            byte[] some = new byte[16 * 1024];
            assertTrue(socket.getInputStream().read(some) > 0);
            Thread.sleep(1500);
            // socket buffers and one chunk at most, never the 16 MiB object
            long pulled = ObservedReads.pulled();
            assertTrue(pulled < 8 * 1024 * 1024, "the server read " + pulled + " bytes ahead of a stalled client");
        }
    }

    @Test
    void aBlobThatFailsMidwayCutsTheConnectionShortOfContentLength() throws Exception {
        ObservedReads.reset(3 * 1024 * 1024 + 5);
        long received = 0;
        String head;
        try (Socket socket = new Socket("localhost", api.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(GET.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            int read = in.read(buffer);
            head = new String(buffer, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1);
            received += read;
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received += n;
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the connection was left open after the blob failed", e);
            } catch (java.io.IOException reset) {
                // a reset is a fine way to end it too
            }
        }
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        assertTrue(head.toLowerCase(Locale.ROOT).contains("content-length: " + SIZE), head);
        assertTrue(received < SIZE, "the body stopped short: " + received + " bytes with the head");
    }
}
