package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Text PostgreSQL cannot hold (NUL, unpaired surrogates) is refused with 400 at the edge: in metadata, in
 * list searches and prefixes, in bucket searches. Nothing is stored and an existing object keeps its bytes.
 */
class StorableTextE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("text-owner"));
    private static final String BUCKET = "text-edges";
    private static final byte[] ORIGINAL = "the original bytes".getBytes(StandardCharsets.UTF_8);

    /** JSON texts whose escapes decode to text the database refuses, at the top and nested. */
    private static final String[] BAD_METADATA = {
        "{\"a\":\"x\\u0000y\"}", "{\"a\":\"\\ud800\"}", "{\"k\\u0000\":1}", "{\"a\":{\"b\":[1,\"\\udc00\"]}}",
    };

    private static String etag;

    @BeforeAll
    static void bucketWithAnObject() {
        assertEquals(200, OWNER.createBucket(BUCKET, "private").statusCode());
        HttpResponse<String> stored = OWNER.upload("/object/" + BUCKET + "/kept.txt", "text/plain", ORIGINAL);
        assertEquals(200, stored.statusCode(), stored.body());
        etag = OWNER.head("/object/" + BUCKET + "/kept.txt").headers().firstValue("ETag").orElseThrow();
    }

    private static HttpResponse<String> uploadWithHeaderMetadata(String name, String json, boolean upsert) {
        String encoded = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        return OWNER.send(OWNER.request("/object/" + BUCKET + "/" + name).header("Content-Type", "text/plain")
                .header("x-upsert", String.valueOf(upsert)).header("x-metadata", encoded)
                .POST(BodyPublishers.ofString("replacement")));
    }

    private static HttpResponse<String> uploadWithFormMetadata(String name, String json, boolean upsert) {
        return OWNER.send(OWNER.request("/object/" + BUCKET + "/" + name).header("Content-Type", Multipart.contentType())
                .header("x-upsert", String.valueOf(upsert))
                .POST(new Multipart().field("metadata", json).file("text/plain", "replacement".getBytes(StandardCharsets.UTF_8))));
    }

    private static int listed() {
        HttpResponse<String> list = OWNER.postJson("/object/list/" + BUCKET, "{\"prefix\":\"\",\"limit\":1000}");
        assertEquals(200, list.statusCode(), list.body());
        return Json.body(list).size();
    }

    private static void assertNothingChanged(int rows, long blobs) {
        assertEquals(rows, listed(), "no row was added");
        assertEquals(blobs, BlobInventory.of(BUCKET), "no blob was added");
        HttpResponse<String> kept = OWNER.get("/object/" + BUCKET + "/kept.txt");
        assertEquals(200, kept.statusCode());
        assertEquals(new String(ORIGINAL, StandardCharsets.UTF_8), kept.body());
        assertEquals(etag, kept.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void metadataWithUnstorableTextIsRefusedAndStoresNothing() {
        int rows = listed();
        long blobs = BlobInventory.of(BUCKET);
        for (String json : BAD_METADATA) {
            for (boolean upsert : new boolean[] {false, true}) {
                String name = upsert ? "kept.txt" : "new.txt";
                JsonNode header = assertError(uploadWithHeaderMetadata(name, json, upsert), 400, "InvalidRequest");
                assertTrue(header.path("message").asText().contains("metadata"), header.toString());
                assertError(uploadWithFormMetadata(name, json, upsert), 400, "InvalidRequest");
                assertNothingChanged(rows, blobs);
            }
        }
        assertEquals(404, OWNER.head("/object/" + BUCKET + "/new.txt").statusCode());
    }

    @Test
    void pairedSurrogatesAndOrdinaryTextAreStillStored() {
        HttpResponse<String> stored = uploadWithHeaderMetadata("emoji.txt", "{\"mood\":\"\\ud83d\\ude00 ok\"}", false);
        assertEquals(200, stored.statusCode(), stored.body());
        HttpResponse<String> info = OWNER.get("/object/info/" + BUCKET + "/emoji.txt");
        assertEquals("\uD83D\uDE00 ok", Json.body(info).path("metadata").path("mood").asText(), info.body());
        assertEquals(200, OWNER.delete("/object/" + BUCKET + "/emoji.txt").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"search\":\"a\\u0000\"}", "{\"search\":\"\\ud800\"}", "{\"prefix\":\"x\\u0000\"}",
        "{\"prefix\":\"\\udfff/\"}"})
    void listingWithUnstorableTextIs400(String body) {
        JsonNode error = assertError(OWNER.postJson("/object/list/" + BUCKET, body), 400, "InvalidRequest");
        assertTrue(error.path("message").asText().matches("(search|prefix) must not contain .*"), error.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h%00", "%00", "a%00b"})
    void bucketSearchWithUnstorableTextIs400(String search) {
        assertError(OWNER.get("/bucket?search=" + search), 400, "InvalidRequest");
    }

    @Test
    void anOrdinarySearchStillWorks() {
        HttpResponse<String> list = OWNER.postJson("/object/list/" + BUCKET, "{\"prefix\":\"\",\"search\":\"kept\"}");
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(1, Json.body(list).size(), list.body());
        assertEquals(200, OWNER.get("/bucket?search=text-").statusCode());
    }
}
