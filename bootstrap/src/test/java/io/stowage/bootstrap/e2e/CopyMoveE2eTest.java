package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Copy and move on the real server: within and across buckets, the destination's rules, access
 * refusals, and the proof on disk that a move writes no blob while a copy writes exactly one.
 */
class CopyMoveE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("mover"));
    private static final Api STRANGER = Api.as(Tokens.user("stranger"));

    @BeforeAll
    static void buckets() {
        assertEquals(200, OWNER.createBucket("cm-src", "private").statusCode());
        assertEquals(200, OWNER.createBucket("cm-dst", "private").statusCode());
        assertEquals(200, OWNER.createBucket("cm-open", "public").statusCode());
        assertEquals(200, OWNER.postJson("/bucket", "{\"id\":\"cm-small\",\"file_size_limit\":10}").statusCode());
        assertEquals(200, OWNER.postJson("/bucket", "{\"id\":\"cm-images\",\"allowed_mime_types\":[\"image/*\"]}")
                .statusCode());
    }

    private static byte[] upload(Api caller, String bucket, String key, int size) {
        byte[] bytes = new byte[size];
        new Random(key.hashCode()).nextBytes(bytes);
        HttpResponse<String> response = caller.upload("/object/" + bucket + "/" + key, "application/octet-stream", bytes);
        assertEquals(200, response.statusCode(), response.body());
        return bytes;
    }

    private static HttpResponse<String> transfer(Api caller, String route, String bucket, String from, String to,
            String destinationBucket) {
        String destination = destinationBucket == null ? "" : ",\"destinationBucket\":\"" + destinationBucket + "\"";
        return caller.postJson("/object/" + route, "{\"bucketId\":\"" + bucket + "\",\"sourceKey\":\"" + from
                + "\",\"destinationKey\":\"" + to + "\"" + destination + "}");
    }

    private static byte[] download(String bucket, String key) {
        HttpResponse<InputStream> response = OWNER.stream(OWNER.request("/object/authenticated/" + bucket + "/" + key).GET());
        try (InputStream body = response.body()) {
            assertEquals(200, response.statusCode());
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aMoveAcrossBucketsWritesNoBlobAndKeepsTheBytes() {
        byte[] bytes = upload(OWNER, "cm-src", "move/a.bin", 70_000);
        String id = Json.body(OWNER.get("/object/info/cm-src/move/a.bin")).get("id").asText();
        long before = BlobInventory.of("cm-src") + BlobInventory.of("cm-dst");

        HttpResponse<String> moved = transfer(OWNER, "move", "cm-src", "move/a.bin", "moved/a.bin", "cm-dst");

        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("Successfully moved", Json.body(moved).get("message").asText());
        assertEquals(before, BlobInventory.of("cm-src") + BlobInventory.of("cm-dst"), "a move writes no blob file");
        assertArrayEquals(bytes, download("cm-dst", "moved/a.bin"));
        assertEquals(id, Json.body(OWNER.get("/object/info/cm-dst/moved/a.bin")).get("id").asText());
        assertError(OWNER.get("/object/authenticated/cm-src/move/a.bin"), 404, "NoSuchKey");

        assertEquals(200, OWNER.delete("/object/cm-dst/moved/a.bin").statusCode());
        assertEquals(before - 1, BlobInventory.of("cm-src") + BlobInventory.of("cm-dst"), "the moved blob goes with its object");
    }

    @Test
    void aMoveWithinABucketRenames() {
        byte[] bytes = upload(OWNER, "cm-src", "rename/old.bin", 100);

        assertEquals(200, transfer(OWNER, "move", "cm-src", "rename/old.bin", "rename/new.bin", null).statusCode());

        assertArrayEquals(bytes, download("cm-src", "rename/new.bin"));
        assertError(OWNER.get("/object/authenticated/cm-src/rename/old.bin"), 404, "NoSuchKey");
    }

    @Test
    void aCopyWritesOneIndependentBlob() {
        byte[] bytes = upload(OWNER, "cm-src", "copy/a.bin", 5_000);
        long before = BlobInventory.of("cm-dst");

        HttpResponse<String> copied = transfer(OWNER, "copy", "cm-src", "copy/a.bin", "copy/b.bin", "cm-dst");

        assertEquals(200, copied.statusCode(), copied.body());
        JsonNode body = Json.body(copied);
        assertEquals("cm-dst/copy/b.bin", body.get("Key").asText());
        assertNotEquals(Json.body(OWNER.get("/object/info/cm-src/copy/a.bin")).get("id").asText(), body.get("Id").asText());
        assertEquals(before + 1, BlobInventory.of("cm-dst"));
        assertEquals(200, OWNER.delete("/object/cm-src/copy/a.bin").statusCode());
        assertArrayEquals(bytes, download("cm-dst", "copy/b.bin"));
        assertEquals(200, transfer(OWNER, "copy", "cm-dst", "copy/b.bin", "copy/c.bin", null).statusCode());
        assertArrayEquals(bytes, download("cm-dst", "copy/c.bin"));
    }

    @Test
    void theDestinationsRulesApplyAndRefusalsWriteNothing() {
        upload(OWNER, "cm-src", "rules/a.bin", 20);
        upload(OWNER, "cm-dst", "rules/taken.bin", 1);
        long before = BlobInventory.of("cm-small") + BlobInventory.of("cm-images") + BlobInventory.of("cm-dst");

        assertError(transfer(OWNER, "copy", "cm-src", "rules/a.bin", "a.bin", "cm-small"), 413, "EntityTooLarge");
        assertError(transfer(OWNER, "move", "cm-src", "rules/a.bin", "a.bin", "cm-small"), 413, "EntityTooLarge");
        assertError(transfer(OWNER, "copy", "cm-src", "rules/a.bin", "a.bin", "cm-images"), 415, "InvalidMimeType");
        assertError(transfer(OWNER, "move", "cm-src", "rules/a.bin", "a.bin", "cm-images"), 415, "InvalidMimeType");
        assertError(transfer(OWNER, "copy", "cm-src", "rules/a.bin", "rules/taken.bin", "cm-dst"), 409,
                "KeyAlreadyExists");
        assertError(transfer(OWNER, "move", "cm-src", "rules/a.bin", "rules/taken.bin", "cm-dst"), 409,
                "KeyAlreadyExists");
        assertError(transfer(OWNER, "move", "cm-src", "rules/a.bin", "a.bin", "cm-none"), 404, "NoSuchBucket");

        assertEquals(before, BlobInventory.of("cm-small") + BlobInventory.of("cm-images") + BlobInventory.of("cm-dst"));
        assertEquals(200, OWNER.get("/object/info/cm-src/rules/a.bin").statusCode());
    }

    @Test
    void accessIsCheckedOnTheSourceAndTheDestination() {
        upload(OWNER, "cm-src", "access/secret.bin", 10);
        upload(OWNER, "cm-open", "access/open.bin", 10);

        assertError(transfer(STRANGER, "copy", "cm-src", "access/secret.bin", "x.bin", null), 404, "NoSuchKey");
        assertError(transfer(STRANGER, "move", "cm-src", "access/secret.bin", "x.bin", null), 404, "NoSuchKey");
        assertError(transfer(STRANGER, "move", "cm-open", "access/open.bin", "x.bin", null), 403, "AccessDenied");
        assertError(transfer(Api.anonymous(), "copy", "cm-open", "access/open.bin", "x.bin", null), 403,
                "AccessDenied");

        HttpResponse<String> own = transfer(STRANGER, "copy", "cm-open", "access/open.bin", "access/mine.bin", null);
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(200, transfer(STRANGER, "move", "cm-open", "access/mine.bin", "access/moved.bin", null)
                .statusCode(), "the copier owns the copy, so may move it");
        assertEquals(200, OWNER.get("/object/info/cm-src/access/secret.bin").statusCode());
    }

    @Test
    void upsertLetsACopyReplaceAnObject() {
        byte[] fresh = upload(OWNER, "cm-src", "upsert/new.bin", 30);
        upload(OWNER, "cm-src", "upsert/old.bin", 40);

        HttpResponse<String> replaced = OWNER.send(OWNER.request("/object/copy").header("Content-Type", "application/json")
                .header("x-upsert", "true").POST(BodyPublishers.ofString("{\"bucketId\":\"cm-src\","
                        + "\"sourceKey\":\"upsert/new.bin\",\"destinationKey\":\"upsert/old.bin\"}")));

        assertEquals(200, replaced.statusCode(), replaced.body());
        assertArrayEquals(fresh, download("cm-src", "upsert/old.bin"));
    }
}
