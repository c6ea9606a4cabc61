package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.ProbeBlobStore;
import io.stowage.adapter.http.support.RawHttp;
import io.stowage.adapter.http.support.Reply;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 304, 206 and 416 on the wire: framing that keeps the connection usable, and every opened blob closed. */
class ServingRoutesTest {

    static ApiServer api;
    static String etag;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        String owner = api.userToken("rita");
        assertEquals(200, api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"pub\",\"public\":true}").send().status());
        assertEquals(200, api.call("POST", "/object/pub/ten.txt").bearer(owner).body("0123456789".getBytes(), "text/plain")
                .send().status());
        etag = api.call("HEAD", "/object/public/pub/ten.txt").send().header("ETag").orElseThrow();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aNotModifiedAnswerHasNoBodyAndTheConnectionStaysUsable() throws IOException {
        try (RawHttp raw = new RawHttp(api.port())) {
            raw.send("GET /storage/v1/object/public/pub/ten.txt HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag + "\r\n\r\n"
                    + "HEAD /storage/v1/object/public/pub/ten.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            String first = raw.readHead();
            assertEquals(304, RawHttp.status(first), first);
            String lower = first.toLowerCase(Locale.ROOT);
            assertTrue(lower.contains("etag: " + etag), first);
            assertFalse(lower.contains("content-type:"), first);
            String second = raw.readHead();
            assertTrue(second.startsWith("HTTP/1.1 200"), "nothing sits between the 304 and the next answer: " + second);
        }
    }

    @Test
    void aPartialAnswerCarriesExactlyItsBytes() {
        Reply reply = api.call("GET", "/object/public/pub/ten.txt").header("Range", "bytes=3-5").send();
        assertEquals(206, reply.status());
        assertEquals("345", reply.text());
        assertEquals("bytes 3-5/10", reply.header("Content-Range").orElseThrow());
        assertEquals("3", reply.header("Content-Length").orElseThrow());
    }

    @Test
    void anUnsatisfiableRangeIsAJsonError() {
        Reply reply = api.call("GET", "/object/public/pub/ten.txt").header("Range", "bytes=10-").send();
        assertEquals(416, reply.status());
        assertEquals("InvalidRange", reply.code());
        assertEquals("bytes */10", reply.header("Content-Range").orElseThrow());
        assertEquals("nosniff", reply.header("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void blobsOpenedForAnswersWithoutABodyAreClosedToo() throws InterruptedException {
        ProbeBlobStore blobs = api.bean(ProbeBlobStore.class);
        api.call("GET", "/object/public/pub/ten.txt").header("If-None-Match", etag).send();
        api.call("GET", "/object/public/pub/ten.txt").header("Range", "bytes=50-").send();
        api.call("GET", "/object/public/pub/ten.txt").header("If-Match", "\"other\"").send();
        api.call("GET", "/object/public/pub/ten.txt").header("Range", "bytes=0-0").send();
        long deadline = System.currentTimeMillis() + 5000;
        while (blobs.closedCount() < blobs.openedCount() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(blobs.openedCount(), blobs.closedCount());
    }
}
