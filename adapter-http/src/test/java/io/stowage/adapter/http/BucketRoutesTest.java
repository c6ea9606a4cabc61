package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bucket routes over a real server: bodies in every accepted shape, answers, and refusals. */
class BucketRoutesTest {

    static ApiServer api;
    static String alice;
    static String bob;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        alice = api.userToken("alice");
        bob = api.userToken("bob");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Reply create(String token, String json) {
        return api.call("POST", "/bucket").bearer(token).json(json).send();
    }

    private static JsonNode bucket(String id) {
        Reply reply = api.call("GET", "/bucket/" + id).bearer(alice).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void createAnswersWithTheNameAndGetShowsEveryField() {
        Reply created = create(alice, "{\"id\":\"photos\",\"name\":\"photos\",\"public\":true,"
                + "\"file_size_limit\":1048576,\"allowed_mime_types\":[\"image/*\"],\"unknown\":{\"x\":1}}");
        assertEquals(200, created.status(), created::toString);
        assertEquals("photos", created.json().get("name").getStringValue());

        JsonNode photos = bucket("photos");
        assertEquals("photos", photos.get("id").getStringValue());
        assertEquals("photos", photos.get("name").getStringValue());
        assertEquals("alice", photos.get("owner").getStringValue());
        assertTrue(photos.get("public").getBooleanValue());
        assertEquals("public", photos.get("policy").getStringValue());
        assertEquals(1048576L, photos.get("file_size_limit").getLongValue());
        assertEquals("image/*", photos.get("allowed_mime_types").get(0).getStringValue());
        Instant.parse(photos.get("created_at").getStringValue());
        Instant.parse(photos.get("updated_at").getStringValue());
    }

    @Test
    void aBucketIsPrivateAndUnlimitedByDefault() {
        assertEquals(200, create(alice, "{\"id\":\"plain\"}").status());
        JsonNode plain = bucket("plain");
        assertFalse(plain.get("public").getBooleanValue());
        assertEquals("private", plain.get("policy").getStringValue());
        assertTrue(plain.get("file_size_limit").isNull());
        assertTrue(plain.get("allowed_mime_types").isNull());
    }

    @Test
    void aBucketShowsItsVolumeAndAnUnknownVolumeIsABadRequestThatCreatesNothing() {
        assertEquals(200, create(alice, "{\"id\":\"on-default\",\"volume\":\"default\"}").status());
        assertEquals("default", bucket("on-default").get("volume").getStringValue());
        assertEquals(200, create(alice, "{\"id\":\"no-volume\"}").status());
        assertEquals("default", bucket("no-volume").get("volume").getStringValue());

        Reply unknown = create(alice, "{\"id\":\"on-tape\",\"volume\":\"tape\"}");
        assertEquals(400, unknown.status());
        assertEquals("InvalidRequest", unknown.code());
        assertEquals("Unknown volume 'tape'", unknown.json().get("message").getStringValue());
        Reply badName = create(alice, "{\"id\":\"on-bad\",\"volume\":\"Not A Name\"}");
        assertEquals(400, badName.status());
        assertEquals(404, api.call("GET", "/bucket/on-tape").bearer(alice).send().status());
    }

    @Test
    void anUpdateMayRepeatTheVolumeButNotChangeIt() {
        assertEquals(200, create(alice, "{\"id\":\"fixed\"}").status());
        Reply moved = api.call("PUT", "/bucket/fixed").bearer(alice).json("{\"public\":true,\"volume\":\"other\"}")
                .send();
        assertEquals(400, moved.status());
        assertEquals("InvalidRequest", moved.code());
        assertFalse(bucket("fixed").get("public").getBooleanValue());

        Reply same = api.call("PUT", "/bucket/fixed").bearer(alice).json("{\"public\":true,\"volume\":\"default\"}")
                .send();
        assertEquals(200, same.status());
        assertTrue(bucket("fixed").get("public").getBooleanValue());
    }

    @Test
    void policyWinsOverThePublicFlag() {
        assertEquals(200, create(alice, "{\"id\":\"members\",\"public\":true,\"policy\":\"authenticated\"}").status());
        JsonNode members = bucket("members");
        assertEquals("authenticated", members.get("policy").getStringValue());
        assertFalse(members.get("public").getBooleanValue());
    }

    @Test
    void fileSizeLimitAcceptsNumbersNumericStringsUnitsAndNull() {
        assertEquals(200, create(alice, "{\"id\":\"lim-a\",\"file_size_limit\":\"2048\"}").status());
        assertEquals(200, create(alice, "{\"id\":\"lim-b\",\"file_size_limit\":\"1MB\"}").status());
        assertEquals(200, create(alice, "{\"id\":\"lim-c\",\"file_size_limit\":null}").status());
        assertEquals(2048L, bucket("lim-a").get("file_size_limit").getLongValue());
        assertEquals(1024L * 1024, bucket("lim-b").get("file_size_limit").getLongValue());
        assertTrue(bucket("lim-c").get("file_size_limit").isNull());

        Reply bad = create(alice, "{\"id\":\"lim-d\",\"file_size_limit\":\"lots\"}");
        assertEquals(400, bad.status());
        assertEquals("InvalidRequest", bad.code());
        assertEquals(400, create(alice, "{\"id\":\"lim-e\",\"file_size_limit\":1.5}").status());
        assertEquals(400, create(alice, "{\"id\":\"lim-f\",\"file_size_limit\":true}").status());
    }

    @Test
    void createRefusesBadNamesTakenNamesAndAnonymousCallers() {
        Reply badName = create(alice, "{\"id\":\"Bad Name\"}");
        assertEquals(400, badName.status());
        assertEquals("InvalidBucketName", badName.code());

        assertEquals(200, create(alice, "{\"id\":\"taken\"}").status());
        Reply taken = create(bob, "{\"id\":\"taken\"}");
        assertEquals(409, taken.status());
        assertEquals("BucketAlreadyExists", taken.code());

        Reply anonymous = api.call("POST", "/bucket").json("{\"id\":\"anon-bucket\"}").send();
        assertEquals(403, anonymous.status());
        assertEquals("AccessDenied", anonymous.code());

        Reply noBody = api.call("POST", "/bucket").bearer(alice).header("Content-Type", "application/json").send();
        assertEquals(400, noBody.status());
        assertEquals("InvalidRequest", noBody.code());

        Reply badPolicy = create(alice, "{\"id\":\"bad-policy\",\"policy\":\"everyone\"}");
        assertEquals(400, badPolicy.status());
    }

    @Test
    void updateChangesOnlyWhatTheBodyCarries() {
        create(alice, "{\"id\":\"upd\",\"file_size_limit\":100,\"allowed_mime_types\":[\"text/plain\"]}");
        Reply updated = api.call("PUT", "/bucket/upd").bearer(alice).json("{\"public\":true}").send();
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Successfully updated", updated.json().get("message").getStringValue());
        JsonNode upd = bucket("upd");
        assertEquals("public", upd.get("policy").getStringValue());
        assertEquals(100L, upd.get("file_size_limit").getLongValue());
        assertEquals("text/plain", upd.get("allowed_mime_types").get(0).getStringValue());

        api.call("PUT", "/bucket/upd").bearer(alice).json("{\"file_size_limit\":null,\"allowed_mime_types\":null}").send();
        upd = bucket("upd");
        assertTrue(upd.get("file_size_limit").isNull());
        assertTrue(upd.get("allowed_mime_types").isNull());
        assertEquals("public", upd.get("policy").getStringValue());

        Reply notOwner = api.call("PUT", "/bucket/upd").bearer(bob).json("{\"public\":false}").send();
        assertEquals(403, notOwner.status());
        assertEquals("AccessDenied", notOwner.code());
    }

    @Test
    void emptyAndDeleteAcceptAnEmptyObjectOrNoBodyAtAll() {
        create(alice, "{\"id\":\"doomed\"}");
        Reply upload = api.call("POST", "/object/doomed/a.txt").bearer(alice).text("a").send();
        assertEquals(200, upload.status(), upload::toString);

        Reply notEmpty = api.call("DELETE", "/bucket/doomed").bearer(alice).json("{}").send();
        assertEquals(409, notEmpty.status());
        assertEquals("ResourceNotEmpty", notEmpty.code());

        Reply emptied = api.call("POST", "/bucket/doomed/empty").bearer(alice).json("{}").send();
        assertEquals(200, emptied.status(), emptied::toString);
        assertEquals("Successfully emptied", emptied.json().get("message").getStringValue());

        Reply deleted = api.call("DELETE", "/bucket/doomed").bearer(alice).send();
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals("Successfully deleted", deleted.json().get("message").getStringValue());

        Reply gone = api.call("GET", "/bucket/doomed").bearer(alice).send();
        assertEquals(404, gone.status());
        assertEquals("NoSuchBucket", gone.code());

        create(alice, "{\"id\":\"doomed-too\"}");
        assertEquals(200, api.call("POST", "/bucket/doomed-too/empty").bearer(alice).send().status());
        assertEquals(200, api.call("DELETE", "/bucket/doomed-too").bearer(alice).text("").send().status());
    }

    @Test
    void listSearchesSortsAndPages() {
        for (String id : List.of("ls-c", "ls-a", "ls-b")) {
            create(bob, "{\"id\":\"" + id + "\",\"public\":true}");
        }
        Reply listed = api.call("GET", "/bucket?search=ls-&sortColumn=name&sortOrder=desc&limit=2&offset=0")
                .bearer(bob).send();
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(List.of("ls-c", "ls-b"), names(listed.json()));

        Reply next = api.call("GET", "/bucket?search=ls-&sortColumn=name&sortOrder=desc&limit=2&offset=2")
                .bearer(bob).send();
        assertEquals(List.of("ls-a"), names(next.json()));

        assertEquals(400, api.call("GET", "/bucket?sortColumn=size").bearer(bob).send().status());
        assertEquals(400, api.call("GET", "/bucket?sortOrder=up").bearer(bob).send().status());
        assertEquals(400, api.call("GET", "/bucket?limit=abc").bearer(bob).send().status());
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        for (JsonNode bucket : array.values()) {
            names.add(bucket.get("id").getStringValue());
        }
        return names;
    }
}
