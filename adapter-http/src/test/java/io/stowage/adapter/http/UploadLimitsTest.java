package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.ProbeBlobStore;
import io.stowage.adapter.http.support.RawHttp;
import io.stowage.application.testing.InMemoryObjectCatalog;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Size limits over a real socket: a declared length over the limit is refused before any byte of the
 * body is read, a chunked body is cut off once it crosses the limit, and in both cases the server
 * closes the connection instead of draining the rest.
 */
class UploadLimitsTest {

    static ApiServer api;
    static String owner;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        owner = api.userToken("olga");
        assertEquals(200, api.call("POST", "/bucket").bearer(owner)
                .json("{\"id\":\"small\",\"file_size_limit\":\"1MB\"}").send().status());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String head(String method, String path, String framing) {
        return method + " /storage/v1/object/" + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + owner + "\r\nContent-Type: application/octet-stream\r\n" + framing + "\r\n";
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws IOException {
        try (RawHttp raw = new RawHttp(api.port())) {
            // ten gigabytes announced, not one byte sent: an answer can only come from the headers
            raw.send(head("POST", "small/huge.bin", "Content-Length: 10737418240\r\n"));
            String response = raw.readHead();
            assertEquals(413, RawHttp.status(response), response);
            assertTrue(RawHttp.closes(response), response);
            assertTrue(raw.closedByServer(), "the server must close rather than wait for 10 GiB");
        }
        assertTrue(api.bean(InMemoryObjectCatalog.class)
                .find(new BucketName("small"), new ObjectKey("huge.bin")).isEmpty());
    }

    @Test
    void anExpectContinueUploadOverTheLimitGetsNoContinue() throws IOException {
        try (RawHttp raw = new RawHttp(api.port())) {
            raw.send(head("PUT", "small/huge.bin", "Content-Length: 5000000\r\nExpect: 100-continue\r\n"));
            String response = raw.readHead();
            assertEquals(413, RawHttp.status(response), "no 100 Continue before the refusal: " + response);
            assertTrue(RawHttp.closes(response), response);
        }
    }

    @Test
    void aChunkedBodyCrossingTheLimitIsCutOffWith413() throws Exception {
        ProbeBlobStore blobs = api.bean(ProbeBlobStore.class);
        int blobsBefore = blobs.delegate().blobCount();
        try (RawHttp raw = new RawHttp(api.port())) {
            raw.send(head("POST", "small/stream.bin", "Transfer-Encoding: chunked\r\n"));
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> sendChunks(raw, 8 * 1024 * 1024));
            String response = raw.readHead();
            assertEquals(413, RawHttp.status(response), response);
            assertTrue(RawHttp.closes(response), response);
            assertTrue(raw.closedByServer());
            sender.exceptionally(ignored -> null).join();
        }
        assertTrue(blobs.bytesRead() <= 1024 * 1024 + 128 * 1024,
                "the store stopped reading near the limit, read " + blobs.bytesRead());
        assertEquals(blobsBefore, blobs.delegate().blobCount(), "nothing of the refused upload is kept");
    }

    @Test
    void anUploadWithinTheLimitStillWorks() {
        byte[] data = new byte[512 * 1024];
        var reply = api.call("POST", "/object/small/fits.bin").bearer(owner).body(data, "application/octet-stream").send();
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(512 * 1024, reply.json().get("size").getLongValue());
    }

    /** Sends up to {@code total} bytes in 64 KiB chunks; stops quietly when the server has hung up. */
    private static void sendChunks(RawHttp raw, int total) {
        byte[] chunk = new byte[64 * 1024];
        try {
            OutputStream out = raw.out();
            for (int sent = 0; sent < total; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException hungUp) {
            // expected once the server has answered 413 and closed
        }
    }
}
