package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Content-MD5 and x-checksum-sha256: a body that does not match is 400 BadDigest and leaves no row and no blob. */
class ChecksumE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("checksum-owner"));
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void bucket() {
        assertEquals(200, OWNER.createBucket("checksums", "private").statusCode());
    }

    private static String digest(String algorithm, byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance(algorithm).digest(bytes));
    }

    private static HttpResponse<String> upload(String path, String header, String value, HttpRequest.BodyPublisher body,
            String contentType) {
        return OWNER.send(OWNER.request(path).header("Content-Type", contentType).header(header, value).POST(body));
    }

    @Test
    void matchingChecksumsAreAccepted() throws Exception {
        assertEquals(200, upload("/object/checksums/md5.txt", "Content-MD5", digest("MD5", HELLO),
                BodyPublishers.ofByteArray(HELLO), "text/plain").statusCode());
        assertEquals(200, upload("/object/checksums/sha.txt", "x-checksum-sha256", digest("SHA-256", HELLO),
                BodyPublishers.ofByteArray(HELLO), "text/plain").statusCode());
        assertEquals(200, upload("/object/checksums/multipart.txt", "Content-MD5", digest("MD5", HELLO),
                new Multipart().field("cacheControl", "60").file("text/plain", HELLO), Multipart.contentType()).statusCode());
        assertEquals("hello", OWNER.get("/object/checksums/multipart.txt").body());
    }

    @Test
    void aMismatchIsBadDigestAndLeavesNothing() throws Exception {
        long blobsBefore = BlobInventory.all();
        byte[] other = "hellO".getBytes(StandardCharsets.UTF_8);

        assertError(upload("/object/checksums/bad-md5.txt", "Content-MD5", digest("MD5", HELLO),
                BodyPublishers.ofByteArray(other), "text/plain"), 400, "BadDigest");
        assertError(upload("/object/checksums/bad-sha.txt", "x-checksum-sha256", digest("SHA-256", HELLO),
                BodyPublishers.ofByteArray(other), "text/plain"), 400, "BadDigest");
        assertError(upload("/object/checksums/bad-multipart.txt", "x-checksum-sha256", digest("SHA-256", HELLO),
                new Multipart().file("text/plain", other), Multipart.contentType()), 400, "BadDigest");

        assertError(OWNER.get("/object/checksums/bad-md5.txt"), 404, "NoSuchKey");
        assertError(OWNER.get("/object/checksums/bad-sha.txt"), 404, "NoSuchKey");
        assertError(OWNER.get("/object/checksums/bad-multipart.txt"), 404, "NoSuchKey");
        assertEquals(blobsBefore, BlobInventory.all(), "no blob may be left behind");
    }

    @Test
    void aMismatchOnAnOverwriteKeepsTheCurrentVersion() throws Exception {
        String path = "/object/checksums/kept.txt";
        assertEquals(200, OWNER.upload(path, "text/plain", HELLO).statusCode());
        long blobsBefore = BlobInventory.all();

        HttpResponse<String> refused = OWNER.send(OWNER.request(path).header("Content-Type", "text/plain")
                .header("Content-MD5", digest("MD5", HELLO)).PUT(BodyPublishers.ofString("changed")));
        assertError(refused, 400, "BadDigest");

        assertEquals("hello", OWNER.get(path).body());
        assertEquals(blobsBefore, BlobInventory.all());
    }

    @Test
    void malformedChecksumHeadersAreInvalidRequests() {
        assertError(upload("/object/checksums/m1.txt", "Content-MD5", "not base64!", BodyPublishers.ofByteArray(HELLO),
                "text/plain"), 400, "InvalidRequest");
        assertError(upload("/object/checksums/m2.txt", "x-checksum-sha256", "AAAA", BodyPublishers.ofByteArray(HELLO),
                "text/plain"), 400, "InvalidRequest");
        assertError(OWNER.get("/object/checksums/m1.txt"), 404, "NoSuchKey");
    }
}
