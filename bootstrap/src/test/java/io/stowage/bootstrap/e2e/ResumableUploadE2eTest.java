package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tus endpoint on the wire: offsets, owners, termination, the one-chunk-at-a-time lock, the tus headers. */
class ResumableUploadE2eTest {

    private static final String BUCKET = "resumable-raw";
    private static final String ROOT = "/upload/resumable";
    private static final Api OWNER = Api.as(Tokens.user("tus-owner"));
    private static final Api OTHER = Api.as(Tokens.user("tus-other"));

    @BeforeAll
    static void bucket() {
        assertEquals(200, OWNER.createBucket(BUCKET, "private").statusCode());
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates an upload of {@code length} bytes for {@code path}; answers its path under /storage/v1. */
    private static String create(String path, long length) {
        HttpResponse<String> created = OWNER.send(OWNER.request(ROOT).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", "bucketName " + b64(BUCKET) + ",objectName " + b64(path)
                        + ",contentType " + b64("text/plain"))
                .POST(BodyPublishers.noBody()));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("1.0.0", created.headers().firstValue("Tus-Resumable").orElse(null));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/storage/v1/upload/resumable/[0-9a-f]{32}"), location);
        return location.substring("/storage/v1".length());
    }

    private static HttpResponse<String> patch(Api as, String upload, long offset, String body) {
        return as.send(as.request(upload).header("Tus-Resumable", "1.0.0")
                .header("Content-Type", "application/offset+octet-stream").header("Upload-Offset", Long.toString(offset))
                .method("PATCH", BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> head(Api as, String upload) {
        return as.send(as.request(upload).header("Tus-Resumable", "1.0.0").method("HEAD", BodyPublishers.noBody()));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void optionsIsPublicAndNamesTheProtocol() {
        HttpResponse<String> options = Api.anonymous().send(Api.anonymous().request(ROOT)
                .method("OPTIONS", BodyPublishers.noBody()));
        assertEquals(204, options.statusCode());
        assertEquals("1.0.0", header(options, "Tus-Resumable"));
        assertEquals("1.0.0", header(options, "Tus-Version"));
        assertTrue(header(options, "Tus-Extension").contains("creation"), header(options, "Tus-Extension"));
        assertTrue(Long.parseLong(header(options, "Tus-Max-Size")) > 0);
    }

    @Test
    void headTellsTheOffsetAfterPartialPatchesAndTheLastCommits() {
        String upload = create("partial/a.txt", 12);
        assertEquals(204, patch(OWNER, upload, 0, "hello ").statusCode());
        HttpResponse<String> status = head(OWNER, upload);
        assertEquals(200, status.statusCode());
        assertEquals("6", header(status, "Upload-Offset"));
        assertEquals("12", header(status, "Upload-Length"));
        assertEquals("no-store", header(status, "Cache-Control"));
        assertTrue(header(status, "Upload-Expires") != null);
        assertEquals("1.0.0", header(status, "Tus-Resumable"));

        HttpResponse<String> last = patch(OWNER, upload, 6, "world!");
        assertEquals(204, last.statusCode(), last.body());
        assertEquals("12", header(last, "Upload-Offset"));
        assertEquals("1", header(last, "Tus-Complete"));
        assertEquals("hello world!", OWNER.get("/object/" + BUCKET + "/partial/a.txt").body());
        assertEquals(404, head(OWNER, upload).statusCode(), "a finished upload is gone");
    }

    @Test
    void anOffsetMismatchIsAConflictAndMovesNothing() {
        String upload = create("mismatch/a.txt", 10);
        assertEquals(204, patch(OWNER, upload, 0, "12345").statusCode());
        HttpResponse<String> wrong = patch(OWNER, upload, 3, "45678");
        assertError(wrong, 409, "UploadConflict");
        assertEquals("1.0.0", header(wrong, "Tus-Resumable"), "errors name the protocol too");
        assertEquals("5", header(head(OWNER, upload), "Upload-Offset"));
    }

    @Test
    void anotherContentTypeIs415() {
        String upload = create("type/a.txt", 3);
        HttpResponse<String> refused = OWNER.send(OWNER.request(upload).header("Tus-Resumable", "1.0.0")
                .header("Content-Type", "text/plain").header("Upload-Offset", "0")
                .method("PATCH", BodyPublishers.ofString("abc")));
        assertEquals(415, refused.statusCode(), refused.body());
    }

    @Test
    void someoneElsesUploadDoesNotExistForThem() {
        String upload = create("owned/a.txt", 4);
        assertError(patch(OTHER, upload, 0, "evil"), 404, "NoSuchUpload");
        assertEquals(404, head(OTHER, upload).statusCode());
        assertEquals(404, head(Api.anonymous(), upload).statusCode());
        assertEquals(404, OTHER.send(OTHER.request(upload).DELETE()).statusCode());
        assertEquals("0", header(head(OWNER, upload), "Upload-Offset"));
    }

    @Test
    void creationNeedsTheBucketAndTheName() {
        HttpResponse<String> missing = OWNER.send(OWNER.request(ROOT).header("Upload-Length", "3")
                .header("Upload-Metadata", "bucketName " + b64(BUCKET)).POST(BodyPublishers.noBody()));
        assertError(missing, 400, "InvalidRequest");
    }

    @Test
    void deleteTerminatesAndThenTheUploadIsGone() {
        String upload = create("terminated/a.txt", 10);
        assertEquals(204, patch(OWNER, upload, 0, "abc").statusCode());
        assertEquals(204, OWNER.send(OWNER.request(upload).header("Tus-Resumable", "1.0.0").DELETE()).statusCode());
        assertEquals(404, head(OWNER, upload).statusCode());
        assertError(patch(OWNER, upload, 3, "defghij"), 404, "NoSuchUpload");
        assertError(OWNER.get("/object/" + BUCKET + "/terminated/a.txt"), 404, "NoSuchKey");
    }

    @Test
    void twoConcurrentPatchesOneWinsTheOtherConflicts() throws Exception {
        String upload = create("race/a.txt", 20);
        CountDownLatch firstHalfSent = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InputStream slow = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent == 5) {
                    firstHalfSent.countDown();
                    try {
                        if (!release.await(60, TimeUnit.SECONDS)) {
                            throw new IOException("never released");
                        }
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
                return sent < 10 ? "0123456789".charAt(sent++) : -1;
            }
        };
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> OWNER.send(OWNER.request(upload)
                .header("Tus-Resumable", "1.0.0").header("Content-Type", "application/offset+octet-stream")
                .header("Upload-Offset", "0").method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> slow))));
        assertTrue(firstHalfSent.await(30, TimeUnit.SECONDS));
        HttpResponse<String> second = patch(OWNER, upload, 0, "0123456789");
        release.countDown();
        HttpResponse<String> firstDone = first.get(60, TimeUnit.SECONDS);

        List<Integer> statuses = List.of(firstDone.statusCode(), second.statusCode());
        assertTrue(statuses.contains(204) && statuses.contains(409), "one wins, one conflicts: " + statuses
                + " " + firstDone.body() + " " + second.body());
        assertEquals("10", header(head(OWNER, upload), "Upload-Offset"));
        assertEquals(204, patch(OWNER, upload, 10, "abcdefghij").statusCode());
        assertEquals("0123456789abcdefghij", OWNER.get("/object/" + BUCKET + "/race/a.txt").body());
    }
}
