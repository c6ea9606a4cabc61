package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /object/info: every field of the contract, custom metadata from either upload shape, and who may ask. */
class InfoE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("info-owner"));
    private static final String METADATA = "{\"owner\":\"ann\",\"tags\":[\"a\",\"b\"],\"n\":1}";

    @BeforeAll
    static void objects() {
        assertEquals(200, OWNER.createBucket("details", "private").statusCode());
        assertEquals(200, OWNER.createBucket("info-public", "public").statusCode());
        HttpResponse<String> raw = OWNER.send(OWNER.request("/object/details/dir/raw.txt").header("Content-Type", "text/plain")
                .header("Cache-Control", "max-age=60")
                .header("x-metadata", Base64.getEncoder().encodeToString(METADATA.getBytes(StandardCharsets.UTF_8)))
                .POST(BodyPublishers.ofString("raw body")));
        assertEquals(200, raw.statusCode(), raw.body());
        HttpResponse<String> form = OWNER.send(OWNER.request("/object/details/dir/form.txt")
                .header("Content-Type", Multipart.contentType())
                .POST(new Multipart().field("cacheControl", "120").field("metadata", METADATA)
                        .file("text/plain", "form body".getBytes(StandardCharsets.UTF_8))));
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(200, OWNER.upload("/object/details/dir/plain.txt", "text/plain", new byte[] {1, 2, 3}).statusCode());
        assertEquals(200, OWNER.upload("/object/info-public/open.txt", "text/plain", new byte[] {1}).statusCode());
    }

    @Test
    void infoHasEveryFieldOfTheContract() {
        HttpResponse<String> response = OWNER.get("/object/info/details/dir/raw.txt");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode info = Json.body(response);
        HttpResponse<String> head = OWNER.head("/object/details/dir/raw.txt");

        assertTrue(info.get("id").asText().matches("[0-9a-f-]{36}"), response.body());
        assertEquals("dir/raw.txt", info.get("name").asText());
        assertTrue(info.get("version").asText().matches("[0-9a-f-]{36}"), response.body());
        assertEquals("details", info.get("bucket_id").asText());
        assertEquals(8, info.get("size").asLong());
        assertEquals("text/plain", info.get("content_type").asText());
        assertEquals("max-age=60", info.get("cache_control").asText());
        assertEquals(head.headers().firstValue("ETag").orElseThrow(), info.get("etag").asText());
        assertEquals(Json.parse(METADATA), info.get("metadata"));
        Instant.parse(info.get("last_modified").asText());
        Instant.parse(info.get("created_at").asText());
        assertEquals(List.of("id", "name", "version", "bucket_id", "size", "content_type", "cache_control", "content_encoding", "etag",
                "metadata", "last_modified", "created_at"), fieldNames(info));
    }

    @Test
    void multipartMetadataIsStoredToo() {
        JsonNode info = Json.body(OWNER.get("/object/info/details/dir/form.txt"));
        assertEquals(Json.parse(METADATA), info.get("metadata"));
        assertEquals("max-age=120", info.get("cache_control").asText());
    }

    @Test
    void withoutCustomMetadataItIsNull() {
        JsonNode info = Json.body(OWNER.get("/object/info/details/dir/plain.txt"));
        assertTrue(info.get("metadata").isNull());
        assertEquals("no-cache", info.get("cache_control").asText());
    }

    @Test
    void listingsCarryTheCustomMetadataApartFromTheSystemMetadata() {
        JsonNode entries = Json.body(OWNER.postJson("/object/list/details", "{\"prefix\":\"dir\"}"));
        for (JsonNode entry : entries) {
            String name = entry.get("name").asText();
            assertEquals(name.equals("plain.txt") ? Json.parse("null") : Json.parse(METADATA), entry.get("user_metadata"), name);
            assertTrue(entry.get("metadata").has("eTag"), name);
        }
        assertEquals(3, entries.size());
    }

    @Test
    void theAuthenticatedAndPublicFormsAnswerToo() {
        assertEquals("dir/raw.txt", Json.body(OWNER.get("/object/info/authenticated/details/dir/raw.txt")).get("name").asText());
        assertEquals("open.txt", Json.body(Api.anonymous().get("/object/info/public/info-public/open.txt")).get("name").asText());
    }

    @Test
    void hiddenAndMissingObjectsAreAlike404() {
        assertError(Api.as(Tokens.user("info-stranger")).get("/object/info/details/dir/raw.txt"), 404, "NoSuchKey");
        assertError(Api.anonymous().get("/object/info/details/dir/raw.txt"), 404, "NoSuchKey");
        assertError(OWNER.get("/object/info/details/dir/missing.txt"), 404, "NoSuchKey");
        assertError(Api.anonymous().get("/object/info/public/details/dir/raw.txt"), 404, "NoSuchKey");
        assertError(Api.anonymous().get("/object/info/public/no-such-bucket/x.txt"), 404, "NoSuchKey");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
