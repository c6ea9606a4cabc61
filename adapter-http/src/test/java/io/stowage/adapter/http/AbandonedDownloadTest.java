package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.ProbeBlobStore;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A client that goes away in the middle of a large download: the server lets go of the blob. */
class AbandonedDownloadTest {

    private static final int SIZE = 16 * 1024 * 1024;

    static ApiServer api;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
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
    void aClientThatDisconnectsMidwayGetsTheBlobClosed() throws Exception {
        ProbeBlobStore blobs = api.bean(ProbeBlobStore.class);
        int openedBefore = blobs.openedCount();
        try (Socket socket = new Socket("localhost", api.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write("GET /storage/v1/object/public/big/large.bin HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            byte[] some = new byte[64 * 1024];
            int read = in.read(some);
            String start = new String(some, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1);
            assertTrue(start.startsWith("HTTP/1.1 200"), start);
            assertTrue(start.toLowerCase(Locale.ROOT).contains("content-length: " + SIZE), start);
            // then stop reading and hang up with most of the 16 MiB unsent
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (blobs.closedCount() < blobs.openedCount() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(openedBefore + 1, blobs.openedCount());
        assertEquals(blobs.openedCount(), blobs.closedCount(), "the abandoned download's blob was closed");
    }
}
