package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every status of the error table, through the real server, with the contract's JSON body. */
class ErrorTableE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("errors-owner"));
    private static final Api STRANGER = Api.as(Tokens.user("errors-stranger"));

    @BeforeAll
    static void buckets() {
        assertEquals(200, OWNER.postJson("/bucket",
                "{\"id\":\"errors\",\"public\":true,\"file_size_limit\":1024,\"allowed_mime_types\":[\"text/*\",\"image/png\"]}")
                .statusCode());
        assertEquals(200, OWNER.upload("/object/errors/existing.txt", "text/plain", "hello".getBytes()).statusCode());
    }

    @Test
    void badRequests() {
        assertError(OWNER.upload("/object/errors/a%5Cb.txt", "text/plain", new byte[1]), 400, "InvalidKey");
        assertError(OWNER.postJson("/bucket", "{\"id\":\"Bad Name!\"}"), 400, "InvalidBucketName");
        assertError(OWNER.postJson("/bucket", "{\"id\": "), 400, "InvalidRequest");
        assertError(OWNER.postJson("/bucket", "{\"id\":\"size-junk\",\"file_size_limit\":\"lots\"}"), 400, "InvalidRequest");
        assertError(OWNER.postJson("/object/list/errors", "{\"limit\":-1}"), 400, "InvalidRequest");
    }

    @Test
    void unauthorizedTokens() {
        assertError(Api.as("not-a-jwt").get("/bucket"), 401, "InvalidJWT");
    }

    @Test
    void forbiddenWrites() {
        assertError(STRANGER.upload("PUT", "/object/errors/existing.txt", "text/plain", BodyPublishers.ofString("x"), true),
                403, "AccessDenied");
        assertError(STRANGER.delete("/object/errors/existing.txt"), 403, "AccessDenied");
        assertError(STRANGER.putJson("/bucket/errors", "{\"public\":false}"), 403, "AccessDenied");
        assertError(Api.anonymous().upload("/object/errors/anon.txt", "text/plain", new byte[1]), 403, "AccessDenied");
    }

    @Test
    void notFound() {
        assertError(OWNER.get("/bucket/no-such-bucket"), 404, "NoSuchBucket");
        assertError(OWNER.get("/object/errors/missing.txt"), 404, "NoSuchKey");
        assertError(OWNER.get("/object/no-such-bucket/missing.txt"), 404, "NoSuchBucket");
    }

    @Test
    void conflicts() {
        assertError(OWNER.postJson("/bucket", "{\"id\":\"errors\"}"), 409, "BucketAlreadyExists");
        assertError(OWNER.upload("/object/errors/existing.txt", "text/plain", new byte[1]), 409, "KeyAlreadyExists");
        assertError(OWNER.delete("/bucket/errors"), 409, "ResourceNotEmpty");
    }

    @Test
    void tooLargeByContentLength() {
        assertError(OWNER.upload("/object/errors/big.txt", "text/plain", new byte[1025]), 413, "EntityTooLarge");
        assertError(OWNER.get("/object/errors/big.txt"), 404, "NoSuchKey");
    }

    @Test
    void tooLargeWhileStreamingChunked() {
        Flow.Publisher<ByteBuffer> chunked = BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[4096]));
        assertError(OWNER.upload("POST", "/object/errors/chunked.txt", "text/plain", BodyPublishers.fromPublisher(chunked),
                false), 413, "EntityTooLarge");
        assertError(OWNER.get("/object/errors/chunked.txt"), 404, "NoSuchKey");
    }

    @Test
    void unsupportedMimeType() {
        assertError(OWNER.upload("/object/errors/doc.pdf", "application/pdf", new byte[10]), 415, "InvalidMimeType");
        assertEquals(200, OWNER.upload("/object/errors/pic.png", "IMAGE/PNG; charset=x", new byte[10]).statusCode());
    }
}
