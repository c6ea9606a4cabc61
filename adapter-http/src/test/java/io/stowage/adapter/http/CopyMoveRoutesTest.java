package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.json.tree.JsonNode;
import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The copy and move routes: storage-js's bodies and answers, statuses of refusals, and the routing trap. */
class CopyMoveRoutesTest {

    static ApiServer api;
    static String owner;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        owner = api.userToken("cleo");
        for (String bucket : new String[] {"desk", "shelf", "copy", "move"}) {
            Reply created = api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"" + bucket + "\"}").send();
            assertEquals(200, created.status(), created::toString);
        }
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static void put(String bucket, String key, String text) {
        assertEquals(200, api.call("PUT", "/object/" + bucket + "/" + key).bearer(owner).text(text).send().status());
    }

    private static Reply post(String route, String json) {
        return api.call("POST", "/object/" + route).bearer(owner).json(json).send();
    }

    private static String read(String bucket, String key) {
        Reply reply = api.call("GET", "/object/authenticated/" + bucket + "/" + key).bearer(owner).send();
        return reply.status() == 200 ? reply.text() : "HTTP " + reply.status();
    }

    @Test
    void aCopyAnswersKeyAndIdOfTheNewObject() {
        put("desk", "c/a.txt", "copied");

        Reply reply = post("copy", "{\"bucketId\":\"desk\",\"sourceKey\":\"c/a.txt\",\"destinationKey\":\"c/b.txt\"}");

        assertEquals(200, reply.status(), reply::toString);
        JsonNode json = reply.json();
        assertEquals("desk/c/b.txt", json.get("Key").getStringValue());
        assertNotEquals(api.call("GET", "/object/info/desk/c/a.txt").bearer(owner).send().json().get("id")
                .getStringValue(), json.get("Id").getStringValue());
        assertEquals("copied", read("desk", "c/b.txt"));
        assertEquals("copied", read("desk", "c/a.txt"));
    }

    @Test
    void aCopyIntoAnotherBucketNeedsUpsertToReplace() {
        put("desk", "u/a.txt", "new");
        put("shelf", "u/a.txt", "old");
        String body = "{\"bucketId\":\"desk\",\"sourceKey\":\"u/a.txt\",\"destinationKey\":\"u/a.txt\","
                + "\"destinationBucket\":\"shelf\"}";

        Reply refused = post("copy", body);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("old", read("shelf", "u/a.txt"));

        Reply upserted = api.call("POST", "/object/copy").bearer(owner).header("x-upsert", "true").json(body).send();
        assertEquals(200, upserted.status(), upserted::toString);
        assertEquals("shelf/u/a.txt", upserted.json().get("Key").getStringValue());
        assertEquals("new", read("shelf", "u/a.txt"));
    }

    @Test
    void aMoveAnswersTheMessageAndFreesTheSource() {
        put("desk", "m/a.txt", "moving");

        Reply reply = post("move", "{\"bucketId\":\"desk\",\"sourceKey\":\"m/a.txt\",\"destinationKey\":\"m/b.txt\","
                + "\"destinationBucket\":\"shelf\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("Successfully moved", reply.json().get("message").getStringValue());
        assertEquals("moving", read("shelf", "m/b.txt"));
        assertEquals("HTTP 404", read("desk", "m/a.txt"));
    }

    @Test
    void refusalsUseTheErrorTable() {
        put("desk", "r/a.txt", "x");
        put("desk", "r/b.txt", "y");

        Reply missing = post("move", "{\"bucketId\":\"desk\",\"sourceKey\":\"r/none\",\"destinationKey\":\"r/c\"}");
        assertEquals(404, missing.status(), missing::toString);
        assertEquals("NoSuchKey", missing.code());
        Reply taken = post("move", "{\"bucketId\":\"desk\",\"sourceKey\":\"r/a.txt\",\"destinationKey\":\"r/b.txt\"}");
        assertEquals(409, taken.status(), taken::toString);
        Reply hidden = api.call("POST", "/object/copy").bearer(api.userToken("mallory"))
                .json("{\"bucketId\":\"desk\",\"sourceKey\":\"r/a.txt\",\"destinationKey\":\"r/z\"}").send();
        assertEquals(404, hidden.status(), "a private object another user may not read is missing to them");
        Reply incomplete = post("copy", "{\"bucketId\":\"desk\",\"sourceKey\":\"r/a.txt\"}");
        assertEquals(400, incomplete.status(), incomplete::toString);
        Reply wrongType = post("move", "{\"bucketId\":\"desk\",\"sourceKey\":7,\"destinationKey\":\"r/z\"}");
        assertEquals(400, wrongType.status(), wrongType::toString);
        assertEquals("x", read("desk", "r/a.txt"));
        assertEquals("y", read("desk", "r/b.txt"));
    }

    @Test
    void bucketsNamedCopyAndMoveNeverShadowTheRoutes() {
        put("copy", "a.txt", "in copy");
        put("move", "a.txt", "in move");

        Reply copied = post("copy", "{\"bucketId\":\"copy\",\"sourceKey\":\"a.txt\",\"destinationKey\":\"b.txt\"}");
        assertEquals(200, copied.status(), copied::toString);
        assertEquals("copy/b.txt", copied.json().get("Key").getStringValue());
        Reply moved = post("move", "{\"bucketId\":\"move\",\"sourceKey\":\"a.txt\",\"destinationKey\":\"b.txt\"}");
        assertEquals(200, moved.status(), moved::toString);
        assertEquals("in move", read("move", "b.txt"));
        Reply notAnUpload = api.call("POST", "/object/copy/x.txt").bearer(owner).text("x").send();
        assertEquals(404, notAnUpload.status(), "POST /object/copy/... is no upload into bucket 'copy'");
    }
}
