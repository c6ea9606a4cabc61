package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.ProbeBlobStore;
import io.stowage.adapter.http.support.RawHttp;
import io.stowage.adapter.http.support.Reply;
import io.stowage.application.testing.InMemoryObjectCatalog;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Object reads: bytes and headers on GET, the same headers without a body on HEAD, and who may read. */
class DownloadRoutesTest {

    static ApiServer api;
    static String owner;
    static String stranger;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        owner = api.userToken("rita");
        stranger = api.userToken("sam");
        for (String bucket : new String[] {"{\"id\":\"pub\",\"public\":true}", "{\"id\":\"priv\"}",
                "{\"id\":\"members\",\"policy\":\"authenticated\"}"}) {
            assertEquals(200, api.call("POST", "/bucket").bearer(owner).json(bucket).send().status());
        }
        upload("pub", "dir/page.html", "text/html", null);
        upload("pub", "cached.txt", "text/plain", "max-age=60");
        upload("priv", "secret.txt", "text/plain", null);
        upload("members", "memo.txt", "text/plain", null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static void upload(String bucket, String key, String type, String cacheControl) {
        var call = api.call("POST", "/object/" + bucket + "/" + key).bearer(owner).body(("content of " + key).getBytes(), type);
        if (cacheControl != null) {
            call.header("Cache-Control", cacheControl);
        }
        Reply reply = call.send();
        assertEquals(200, reply.status(), reply::toString);
    }

    private static StoredObject stored(String bucket, String key) {
        return api.bean(InMemoryObjectCatalog.class).find(new BucketName(bucket), new ObjectKey(key)).orElseThrow();
    }

    private static void assertObjectHeaders(Reply reply, StoredObject object, String cacheControl) {
        assertEquals(object.contentType().value(), reply.header("Content-Type").orElseThrow());
        assertEquals(Long.toString(object.size()), reply.header("Content-Length").orElseThrow());
        assertEquals(object.etag(), reply.header("ETag").orElseThrow());
        ZonedDateTime lastModified = ZonedDateTime.parse(reply.header("Last-Modified").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME);
        assertEquals(object.updatedAt().truncatedTo(ChronoUnit.SECONDS), lastModified.toInstant());
        assertEquals(cacheControl, reply.header("Cache-Control").orElseThrow());
        assertEquals("bytes", reply.header("Accept-Ranges").orElseThrow());
        assertEquals("nosniff", reply.header("X-Content-Type-Options").orElseThrow());
        assertTrue(reply.header("Expires").isEmpty(), "no file-serving defaults leak in");
        assertEquals(1, reply.headers().allValues("Content-Length").size());
    }

    @Test
    void getServesTheBytesWithEveryHeader() {
        Reply reply = api.call("GET", "/object/pub/dir/page.html").bearer(stranger).send();
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("content of dir/page.html", reply.text());
        assertObjectHeaders(reply, stored("pub", "dir/page.html"), "no-cache");

        Reply cached = api.call("GET", "/object/authenticated/pub/cached.txt").bearer(owner).send();
        assertEquals(200, cached.status());
        assertObjectHeaders(cached, stored("pub", "cached.txt"), "max-age=60");
    }

    @Test
    void headAnswersTheSameHeadersWithoutABody() throws IOException {
        for (String path : new String[] {"/object/pub/cached.txt", "/object/authenticated/pub/cached.txt",
                "/object/public/pub/cached.txt"}) {
            Reply reply = api.call("HEAD", path).bearer(owner).send();
            assertEquals(200, reply.status(), path);
            assertEquals(0, reply.body().length, path);
            assertObjectHeaders(reply, stored("pub", "cached.txt"), "max-age=60");
        }
        // on the wire: the head is followed directly by the next response on the same connection
        try (RawHttp raw = new RawHttp(api.port())) {
            raw.send("HEAD /storage/v1/object/public/pub/cached.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "HEAD /storage/v1/object/public/pub/cached.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(200, RawHttp.status(raw.readHead()));
            String second = raw.readHead();
            assertTrue(second.startsWith("HTTP/1.1 200"), "no body bytes sit between two HEAD answers: " + second);
        }
        Reply missing = api.call("HEAD", "/object/pub/nothing.txt").bearer(owner).send();
        assertEquals(404, missing.status());
        assertEquals(0, missing.body().length);
    }

    @Test
    void privateObjectsAnswerOthersLikeMissingOnes() {
        Reply own = api.call("GET", "/object/priv/secret.txt").bearer(owner).send();
        assertEquals(200, own.status());
        Reply other = api.call("GET", "/object/priv/secret.txt").bearer(stranger).send();
        assertEquals(404, other.status());
        assertEquals("NoSuchKey", other.code());
        Reply anonymous = api.call("GET", "/object/authenticated/priv/secret.txt").send();
        assertEquals(404, anonymous.status());
        assertEquals("NoSuchKey", anonymous.code());
        Reply member = api.call("GET", "/object/members/memo.txt").bearer(stranger).send();
        assertEquals(200, member.status(), "an authenticated bucket serves every signed-in user");
    }

    @Test
    void publicUrlsServeOnlyPublicBucketsAndHideEverythingElseAlike() {
        Reply open = api.call("GET", "/object/public/pub/dir/page.html").send();
        assertEquals(200, open.status());
        assertEquals("content of dir/page.html", open.text());

        Reply missing = api.call("GET", "/object/public/pub/nothing.txt").send();
        for (String path : new String[] {"/object/public/priv/secret.txt", "/object/public/members/memo.txt",
                "/object/public/no-such-bucket/x.txt"}) {
            Reply hidden = api.call("GET", path).bearer(api.serviceToken()).send();
            assertEquals(missing.status(), hidden.status(), path);
            assertEquals(missing.text(), hidden.text(), path);
        }
        assertEquals("NoSuchKey", missing.code());
    }

    @Test
    void everyOpenedBlobIsClosedOnceTheResponseIsDone() throws InterruptedException {
        ProbeBlobStore blobs = api.bean(ProbeBlobStore.class);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, api.call("GET", "/object/pub/cached.txt").send().status());
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (blobs.closedCount() < blobs.openedCount() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(blobs.openedCount() >= 5);
        assertEquals(blobs.openedCount(), blobs.closedCount());
    }

    @Test
    void storedContentTypesWithParametersAreServedAsGiven() {
        for (String type : new String[] {"text/plain; charset=\"utf-8\"", "application/vnd.api+json;v=2", "text/csv;header"}) {
            Reply stored = api.call("PUT", "/object/pub/typed.bin").bearer(owner).body("a,b".getBytes(), type).send();
            assertEquals(200, stored.status(), type + " -> " + stored);
            Reply served = api.call("GET", "/object/pub/typed.bin").send();
            assertEquals(200, served.status(), type + " -> " + served);
            assertEquals(type, served.header("Content-Type").orElseThrow());
            assertEquals("a,b", served.text());
        }
    }

    @Test
    void objectsAreServedAsStoredEvenToClientsThatAcceptGzip() {
        api.call("PUT", "/object/pub/long.txt").bearer(owner).body("hello world ".repeat(2000).getBytes(), "text/plain").send();
        Reply reply = api.call("GET", "/object/pub/long.txt").header("Accept-Encoding", "gzip").send();
        assertEquals(200, reply.status());
        assertTrue(reply.header("Content-Encoding").isEmpty(), reply.headers().map()::toString);
        assertEquals("24000", reply.header("Content-Length").orElseThrow());
        assertEquals(24000, reply.body().length);
    }

    @Test
    void lastModifiedIsAnHttpDate() {
        Reply reply = api.call("GET", "/object/pub/cached.txt").send();
        String header = reply.header("Last-Modified").orElseThrow();
        assertEquals(ZoneOffset.UTC, ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).getOffset());
        assertTrue(header.endsWith(" GMT"), header);
    }
}
