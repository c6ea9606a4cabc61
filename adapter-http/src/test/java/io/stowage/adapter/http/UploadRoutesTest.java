package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import io.stowage.application.testing.InMemoryObjectCatalog;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uploads in both shapes the Supabase client sends, and what gets stored from each. */
class UploadRoutesTest {

    private static final String BOUNDARY = "formdata-boundary-1234";

    static ApiServer api;
    static String owner;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        owner = api.userToken("uma");
        assertEquals(200, api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"docs\"}").send().status());
        assertEquals(200, api.call("POST", "/bucket").bearer(owner)
                .json("{\"id\":\"images\",\"allowed_mime_types\":[\"image/*\"]}").send().status());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static StoredObject stored(String bucket, String key) {
        return api.bean(InMemoryObjectCatalog.class).find(new BucketName(bucket), new ObjectKey(key)).orElseThrow();
    }

    private static boolean exists(String bucket, String key) {
        return api.bean(InMemoryObjectCatalog.class).find(new BucketName(bucket), new ObjectKey(key)).isPresent();
    }

    private static String part(String disposition, String contentType, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + disposition + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n" + content + "\r\n";
    }

    private static Reply multipart(String method, String path, String... parts) {
        String body = String.join("", parts) + "--" + BOUNDARY + "--\r\n";
        return api.call(method, path).bearer(owner)
                .body(body.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + BOUNDARY).send();
    }

    @Test
    void aRawUploadStoresItsHeadersAndAnswersInTheSupabaseShape() {
        String metadata = Base64.getEncoder().encodeToString("{\"album\":\"summer\"}".getBytes(StandardCharsets.UTF_8));
        Reply reply = api.call("POST", "/object/docs/notes/today.txt").bearer(owner)
                .header("cache-control", "max-age=3600").header("x-metadata", metadata)
                .body("dear diary".getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8").send();
        assertEquals(200, reply.status(), reply::toString);
        JsonNode json = reply.json();
        assertEquals("docs/notes/today.txt", json.get("Key").getStringValue());
        assertEquals(json.get("id").getStringValue(), json.get("Id").getStringValue());
        assertEquals("docs", json.get("bucket").getStringValue());
        assertEquals("notes/today.txt", json.get("path").getStringValue());
        assertEquals(10, json.get("size").getLongValue());
        assertEquals("text/plain;charset=UTF-8", json.get("content_type").getStringValue());
        assertEquals("uma", json.get("owner_id").getStringValue());
        assertEquals(64, json.get("checksum_sha256").getStringValue().length());
        Instant.parse(json.get("created_at").getStringValue());

        StoredObject object = stored("docs", "notes/today.txt");
        assertEquals("max-age=3600", object.cacheControl().orElseThrow());
        assertEquals("{\"album\":\"summer\"}", object.userMetadata().orElseThrow());
    }

    @Test
    void aRawUploadWithoutContentTypeIsOctetStream() {
        Reply reply = api.call("POST", "/object/docs/untyped").bearer(owner).body("x".getBytes(), null).send();
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("application/octet-stream", stored("docs", "untyped").contentType().value());
    }

    @Test
    void invalidMetadataIsRefusedAndNothingIsWritten() {
        for (String header : new String[] {"%%%not-base64", Base64.getEncoder().encodeToString("[1,2]".getBytes()),
                Base64.getEncoder().encodeToString("{broken".getBytes())}) {
            Reply reply = api.call("POST", "/object/docs/meta-bad.txt").bearer(owner).header("x-metadata", header).text("x").send();
            assertEquals(400, reply.status(), reply::toString);
            assertEquals("InvalidRequest", reply.code());
        }
        assertTrue(!exists("docs", "meta-bad.txt"));
    }

    @Test
    void postCreatesOnlyUnlessUpsertIsAskedWhilePutAlwaysReplaces() {
        assertEquals(200, api.call("POST", "/object/docs/once.txt").bearer(owner).text("v1").send().status());
        Reply again = api.call("POST", "/object/docs/once.txt").bearer(owner).text("v2").send();
        assertEquals(409, again.status());
        assertEquals("KeyAlreadyExists", again.code());
        Reply upsert = api.call("POST", "/object/docs/once.txt").bearer(owner).header("x-upsert", "true").text("v3").send();
        assertEquals(200, upsert.status(), upsert::toString);
        Reply put = api.call("PUT", "/object/docs/once.txt").bearer(owner).text("v4!").send();
        assertEquals(200, put.status(), put::toString);
        assertEquals(3, stored("docs", "once.txt").size());
        Reply putNew = api.call("PUT", "/object/docs/fresh.txt").bearer(owner).text("new").send();
        assertEquals(200, putNew.status(), "PUT also creates");
    }

    @Test
    void multipartTakesTheFileFromTheEmptyNamedPartAndTheFieldsBeforeIt() {
        Reply reply = multipart("POST", "/object/docs/form/photo.bin",
                part("name=\"cacheControl\"", null, "120"),
                part("name=\"metadata\"", null, "{\"camera\":\"x100\"}"),
                part("name=\"\"; filename=\"blob\"", "image/jpeg", "JPEGBYTES\r\n--not-the-boundary"));
        assertEquals(200, reply.status(), reply::toString);
        StoredObject object = stored("docs", "form/photo.bin");
        assertEquals("image/jpeg", object.contentType().value());
        assertEquals("max-age=120", object.cacheControl().orElseThrow());
        assertEquals("{\"camera\":\"x100\"}", object.userMetadata().orElseThrow());
        assertEquals("JPEGBYTES\r\n--not-the-boundary".length(), object.size());
    }

    @Test
    void theContentTypeFieldWinsOverThePartsOwnType() {
        Reply reply = multipart("POST", "/object/docs/form/typed.txt",
                part("name=\"contentType\"", null, "text/markdown"),
                part("name=\"file\"; filename=\"a.md\"", "application/octet-stream", "# title"));
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("text/markdown", stored("docs", "form/typed.txt").contentType().value());
    }

    @Test
    void fieldsAfterTheFilePartAreNotRead() {
        Reply reply = multipart("POST", "/object/docs/form/first.txt",
                part("name=\"\"; filename=\"blob\"", "text/plain", "file first"),
                part("name=\"cacheControl\"", null, "999"));
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(stored("docs", "form/first.txt").cacheControl().isEmpty());
    }

    @Test
    void aPartWithoutFileNameButWithAnUnknownNameIsTheFile() {
        Reply reply = multipart("POST", "/object/docs/form/unnamed.txt",
                part("name=\"cacheControl\"", null, "5"), part("name=\"payload\"", null, "body"));
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(4, stored("docs", "form/unnamed.txt").size());
        assertEquals("application/octet-stream", stored("docs", "form/unnamed.txt").contentType().value());
    }

    @Test
    void multipartWithoutAFileOrWithoutBoundaryIsRefused() {
        Reply noFile = multipart("POST", "/object/docs/form/none.txt", part("name=\"cacheControl\"", null, "5"));
        assertEquals(400, noFile.status(), noFile::toString);
        Reply noBoundary = api.call("POST", "/object/docs/form/none.txt").bearer(owner)
                .body("x".getBytes(), "multipart/form-data").send();
        assertEquals(400, noBoundary.status());
        Reply truncated = api.call("POST", "/object/docs/form/none.txt").bearer(owner)
                .body(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"\"; filename=\"b\"\r\n\r\nhalf")
                        .getBytes(), "multipart/form-data; boundary=" + BOUNDARY).send();
        assertEquals(400, truncated.status(), truncated::toString);
        assertTrue(!exists("docs", "form/none.txt"));
    }

    @Test
    void aTypeTheBucketDoesNotAllowIs415() {
        Reply reply = api.call("POST", "/object/images/not-an-image.txt").bearer(owner).text("hello").send();
        assertEquals(415, reply.status());
        assertEquals("InvalidMimeType", reply.code());
        Reply image = api.call("POST", "/object/images/a.png").bearer(owner).body(new byte[] {1, 2}, "image/png").send();
        assertEquals(200, image.status());
    }

    @Test
    void anonymousCallersMayNotUploadAndMissingBucketsAre404() {
        Reply anonymous = api.call("POST", "/object/docs/anon.txt").text("x").send();
        assertEquals(403, anonymous.status());
        assertEquals("AccessDenied", anonymous.code());
        Reply missing = api.call("POST", "/object/nowhere/a.txt").bearer(owner).text("x").send();
        assertEquals(404, missing.status());
        assertEquals("NoSuchBucket", missing.code());
    }
}
