package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signed download URLs through the real server: served like any read, refused in every other use. */
class SignedUrlE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("share-owner"));
    private static final Api STRANGER = Api.as(Tokens.user("share-stranger"));
    private static final Api NOBODY = Api.anonymous();
    private static final String TEXT = "0123456789abcdefghij";

    @BeforeAll
    static void objects() {
        assertEquals(200, OWNER.createBucket("shared-dl", "private").statusCode());
        assertEquals(200, OWNER.createBucket("shared-dl-2", "private").statusCode());
        for (String path : new String[] {"/object/shared-dl/dir/a.txt", "/object/shared-dl/dir/b.txt",
                "/object/shared-dl-2/dir/a.txt"}) {
            assertEquals(200, OWNER.upload(path, "text/plain", TEXT.getBytes(StandardCharsets.US_ASCII)).statusCode());
        }
    }

    private static JsonNode sign(Api caller, String path, String body) {
        HttpResponse<String> signed = caller.postJson("/object/sign/shared-dl/" + path, body);
        assertEquals(200, signed.statusCode(), signed.body());
        return Json.body(signed);
    }

    private static String signedUrl(String path) {
        return sign(OWNER, path, "{\"expiresIn\":60}").path("signedURL").asText();
    }

    @Test
    void aSignedUrlServesTheObjectToAnyoneWithNoAuthorization() {
        Instant before = Instant.now().minusSeconds(1);
        JsonNode signed = sign(OWNER, "dir/a.txt", "{\"expiresIn\":60}");
        String url = signed.path("signedURL").asText();
        assertTrue(url.startsWith("/object/sign/shared-dl/dir/a.txt?token="), url);
        Instant expiresAt = Instant.parse(signed.path("expires_at").asText());
        assertTrue(!expiresAt.isBefore(before.plusSeconds(60)) && !expiresAt.isAfter(Instant.now().plusSeconds(61)),
                signed.toString());

        HttpResponse<String> read = NOBODY.get(url);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(TEXT, read.body());
        assertEquals("nosniff", read.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(read.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
        assertEquals(String.valueOf(TEXT.length()), NOBODY.head(url).headers().firstValue("Content-Length").orElseThrow());
        // the absolute form points at the same place
        HttpResponse<String> absolute = NOBODY.send(java.net.http.HttpRequest.newBuilder(
                URI.create(signed.path("url").asText())).GET());
        assertEquals(TEXT, absolute.body());
    }

    @Test
    void theQueryFormOfExpiryWorksToo() {
        JsonNode signed = sign(OWNER, "dir/a.txt?expires_in=30", "{}");
        assertEquals(TEXT, NOBODY.get(signed.path("signedURL").asText()).body());
    }

    @Test
    void rangesConditionalsAndDownloadWorkLikeAnyRead() {
        String url = signedUrl("dir/a.txt");

        HttpResponse<String> partial = NOBODY.send(NOBODY.request(url).header("Range", "bytes=-5").GET());
        assertEquals(206, partial.statusCode(), partial.body());
        assertEquals("fghij", partial.body());
        assertEquals("bytes 15-19/20", partial.headers().firstValue("Content-Range").orElseThrow());
        String etag = partial.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, NOBODY.send(NOBODY.request(url).header("If-None-Match", etag).GET()).statusCode());
        assertEquals(416, NOBODY.send(NOBODY.request(url).header("Range", "bytes=20-").GET()).statusCode());

        HttpResponse<String> download = NOBODY.get(url + "&download");
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        HttpResponse<String> renamed = NOBODY.get(url + "&download=report.txt");
        assertTrue(renamed.headers().firstValue("Content-Disposition").orElseThrow().contains("report.txt"));
    }

    @Test
    void aBadBearerOnARedeemIsIgnored() {
        String url = signedUrl("dir/a.txt");

        assertEquals(TEXT, Api.as("garbage").get(url).body());
        assertEquals(TEXT, Api.as(Tokens.expired("x")).get(url).body());
    }

    @Test
    void onlyAReaderCanSign() {
        assertError(STRANGER.postJson("/object/sign/shared-dl/dir/a.txt", "{\"expiresIn\":60}"), 404, "NoSuchKey");
        assertError(NOBODY.postJson("/object/sign/shared-dl/dir/a.txt", "{\"expiresIn\":60}"), 404, "NoSuchKey");
        assertError(OWNER.postJson("/object/sign/shared-dl/dir/missing.txt", "{\"expiresIn\":60}"), 404, "NoSuchKey");
    }

    @Test
    void expiryMustBeAPositiveIntegerUpToTheMaximum() {
        for (String body : new String[] {"{}", "{\"expiresIn\":0}", "{\"expiresIn\":-5}", "{\"expiresIn\":1.5}",
                "{\"expiresIn\":\"60\"}", "{\"expiresIn\":604801}"}) {
            assertError(OWNER.postJson("/object/sign/shared-dl/dir/a.txt", body), 400, "InvalidRequest");
        }
        assertError(OWNER.postJson("/object/sign/shared-dl/dir/a.txt?expires_in=soon", "{}"), 400, "InvalidRequest");
        assertEquals(200, OWNER.postJson("/object/sign/shared-dl/dir/a.txt", "{\"expiresIn\":604800}").statusCode());
    }

    @Test
    void aTokenNeverOpensAnotherPathOrBucket() {
        String token = signedUrl("dir/a.txt").split("\\?token=")[1];

        assertError(NOBODY.get("/object/sign/shared-dl/dir/b.txt?token=" + token), 403, "InvalidSignature");
        assertError(NOBODY.get("/object/sign/shared-dl-2/dir/a.txt?token=" + token), 403, "InvalidSignature");
        assertEquals(403, NOBODY.head("/object/sign/shared-dl/dir/b.txt?token=" + token).statusCode());
    }

    @Test
    void tamperedTruncatedAndMissingTokensAreRefused() {
        String url = signedUrl("dir/a.txt");
        String token = url.split("\\?token=")[1];
        String[] parts = token.split("\\.");
        String otherSignature = (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1);

        assertError(NOBODY.get("/object/sign/shared-dl/dir/a.txt?token=" + parts[0] + "." + parts[1] + "."
                + otherSignature), 403, "InvalidSignature");
        assertError(NOBODY.get(url.substring(0, url.length() - 4)), 403, "InvalidSignature");
        assertError(NOBODY.get("/object/sign/shared-dl/dir/a.txt?token="), 403, "InvalidSignature");
        assertError(NOBODY.get("/object/sign/shared-dl/dir/a.txt"), 403, "InvalidSignature");
        assertError(NOBODY.get("/object/sign/shared-dl/dir/a.txt?token=" + Tokens.serviceRole()), 403, "InvalidSignature");
    }

    @Test
    void aTokenIsNoBearerTokenAndAllowsNoOtherMethod() {
        String token = signedUrl("dir/a.txt").split("\\?token=")[1];
        Api bearer = Api.as(token);

        assertError(bearer.get("/object/authenticated/shared-dl/dir/a.txt"), 401, "InvalidJWT");
        assertError(bearer.upload("PUT", "/object/shared-dl/dir/a.txt", "text/plain",
                BodyPublishers.ofString("overwritten"), true), 401, "InvalidJWT");
        assertError(bearer.delete("/object/shared-dl/dir/a.txt"), 401, "InvalidJWT");
        assertError(NOBODY.send(NOBODY.request("/object/shared-dl/dir/a.txt?token=" + token).DELETE()), 404, "NoSuchKey");
        assertError(NOBODY.upload("PUT", "/object/upload/sign/shared-dl/dir/a.txt?token=" + token, "text/plain",
                BodyPublishers.ofString("overwritten"), true), 403, "InvalidSignature");
        assertEquals(TEXT, OWNER.get("/object/shared-dl/dir/a.txt").body(), "nothing was changed");
    }

    @Test
    void aTokenDiesWithItsVersion() {
        assertEquals(200, OWNER.upload("/object/shared-dl/dir/gone.txt", "text/plain", "v1".getBytes()).statusCode());
        String beforeOverwrite = signedUrl("dir/gone.txt");
        assertEquals("v1", NOBODY.get(beforeOverwrite).body());
        assertEquals(200, OWNER.upload("PUT", "/object/shared-dl/dir/gone.txt", "text/plain",
                BodyPublishers.ofString("v2"), true).statusCode());
        assertError(NOBODY.get(beforeOverwrite), 404, "NoSuchKey");

        String beforeDelete = signedUrl("dir/gone.txt");
        assertEquals(200, OWNER.delete("/object/shared-dl/dir/gone.txt").statusCode());
        assertError(NOBODY.get(beforeDelete), 404, "NoSuchKey");
        assertEquals(200, OWNER.upload("/object/shared-dl/dir/gone.txt", "text/plain", "v1".getBytes()).statusCode());
        assertError(NOBODY.get(beforeDelete), 404, "NoSuchKey");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String url = sign(OWNER, "dir/a.txt", "{\"expiresIn\":1}").path("signedURL").asText();

        // the server's wall clock decides expiry: ask until the one-second token has lapsed
        HttpResponse<String> expired = Eventually.until(() -> NOBODY.get(url), answer -> answer.statusCode() != 200,
                Duration.ofSeconds(10), "the token's expiry");

        assertError(expired, 403, "ExpiredToken");
    }

    @Test
    void signingManyAnswersPerPath() {
        HttpResponse<String> answer = STRANGER.postJson("/object/sign/shared-dl",
                "{\"expiresIn\":60,\"paths\":[\"dir/a.txt\",\"dir/missing.txt\"]}");
        assertEquals(200, answer.statusCode(), answer.body());
        for (JsonNode entry : Json.body(answer)) {
            assertTrue(entry.path("signedURL").isNull(), answer.body());
            assertTrue(entry.path("error").isTextual(), answer.body());
        }

        JsonNode owned = Json.body(OWNER.postJson("/object/sign/shared-dl",
                "{\"expiresIn\":60,\"paths\":[\"dir/a.txt\",\"dir/missing.txt\"]}"));
        assertEquals("dir/a.txt", owned.get(0).path("path").asText());
        assertTrue(owned.get(0).path("error").isNull(), owned.toString());
        assertEquals(TEXT, NOBODY.get(owned.get(0).path("signedURL").asText()).body());
        assertTrue(owned.get(1).path("signedURL").isNull(), owned.toString());
        assertEquals("Either the object does not exist or you do not have access to it",
                owned.get(1).path("error").asText());
        assertError(OWNER.postJson("/object/sign/shared-dl", "{\"expiresIn\":60}"), 400, "InvalidRequest");
    }

    @Test
    void namesWithSpacesAndNonAsciiWorkBothWays() {
        assertEquals(200, OWNER.upload("/object/shared-dl/dir/r%C3%A9sum%C3%A9%20final.txt", "text/plain",
                "cv".getBytes()).statusCode());
        JsonNode signed = sign(OWNER, "dir/r%C3%A9sum%C3%A9%20final.txt", "{\"expiresIn\":60}");
        String relative = signed.path("signedURL").asText();
        assertTrue(relative.startsWith("/object/sign/shared-dl/dir/résumé final.txt?token="), relative);

        // what storage-js does with it: encodeURI of the whole URL
        String encoded = "/object/sign/shared-dl/dir/r%C3%A9sum%C3%A9%20final.txt?" + relative.split("\\?")[1];
        assertEquals("cv", NOBODY.get(encoded).body());
        assertEquals("cv", NOBODY.send(java.net.http.HttpRequest.newBuilder(URI.create(signed.path("url").asText()))
                .GET()).body());
    }

    @Test
    void aMovedObjectIsSharedFromItsNewPathOnly() {
        assertEquals(200, OWNER.upload("/object/shared-dl/dir/moving.txt", "text/plain", "moved".getBytes()).statusCode());
        String before = signedUrl("dir/moving.txt");
        assertEquals(200, OWNER.postJson("/object/move", "{\"bucketId\":\"shared-dl\",\"sourceKey\":\"dir/moving.txt\","
                + "\"destinationKey\":\"dir/moved.txt\",\"destinationBucket\":\"shared-dl-2\"}").statusCode());

        assertError(NOBODY.get(before), 404, "NoSuchKey");
        String after = Json.body(OWNER.postJson("/object/sign/shared-dl-2/dir/moved.txt", "{\"expiresIn\":60}"))
                .path("signedURL").asText();
        assertEquals("moved", NOBODY.get(after).body());
    }
}
