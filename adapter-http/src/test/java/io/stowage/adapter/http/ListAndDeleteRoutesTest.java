package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Folder listings in the client's shape, and deletion of one or many objects. */
class ListAndDeleteRoutesTest {

    static ApiServer api;
    static String owner;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        owner = api.userToken("lena");
        assertEquals(200, api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"tree\"}").send().status());
        for (String key : new String[] {"b.txt", "a.txt", "photos/1.jpg", "photos/2.jpg", "c/deep/x.bin"}) {
            assertEquals(200, api.call("POST", "/object/tree/" + key).bearer(owner).text(key).send().status());
        }
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Reply list(String body) {
        return api.call("POST", "/object/list/tree").bearer(owner).json(body).send();
    }

    private static List<String> names(Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        List<String> names = new ArrayList<>();
        for (JsonNode entry : reply.json().values()) {
            names.add(entry.get("name").getStringValue());
        }
        return names;
    }

    @Test
    void theRootLevelShowsFoldersAsNameOnlyEntriesAndFilesWithMetadata() {
        Reply reply = list("{\"prefix\":\"\",\"limit\":100,\"offset\":0,\"sortBy\":{\"column\":\"name\",\"order\":\"asc\"}}");
        // folders come first, as the catalog orders them
        assertEquals(List.of("c", "photos", "a.txt", "b.txt"), names(reply));
        JsonNode folder = reply.json().get(0);
        for (String field : new String[] {"id", "updated_at", "created_at", "last_accessed_at", "metadata"}) {
            assertTrue(folder.get(field).isNull(), field);
        }
        JsonNode file = reply.json().get(2);
        Instant.parse(file.get("updated_at").getStringValue());
        Instant.parse(file.get("created_at").getStringValue());
        Instant.parse(file.get("last_accessed_at").getStringValue());
        JsonNode metadata = file.get("metadata");
        assertTrue(metadata.get("eTag").getStringValue().startsWith("\""));
        assertEquals(5, metadata.get("size").getLongValue());
        assertEquals(5, metadata.get("contentLength").getLongValue());
        assertEquals("text/plain", metadata.get("mimetype").getStringValue());
        assertEquals("no-cache", metadata.get("cacheControl").getStringValue());
        Instant.parse(metadata.get("lastModified").getStringValue());
        assertEquals(200, metadata.get("httpStatusCode").getIntValue());
    }

    @Test
    void prefixSearchSortAndPaging() {
        assertEquals(List.of("1.jpg", "2.jpg"), names(list("{\"prefix\":\"photos/\"}")));
        assertEquals(List.of("1.jpg", "2.jpg"), names(list("{\"prefix\":\"photos\"}")));
        assertEquals(List.of("2.jpg", "1.jpg"), names(list("{\"prefix\":\"photos\",\"sortBy\":{\"column\":\"name\",\"order\":\"desc\"}}")));
        assertEquals(List.of("b.txt"), names(list("{\"prefix\":\"\",\"search\":\"b\"}")));
        assertEquals(List.of("photos", "a.txt"), names(list("{\"prefix\":\"\",\"limit\":2,\"offset\":1}")));
        assertEquals(4, names(list("{\"prefix\":\"\",\"sortBy\":{\"column\":\"last_accessed_at\",\"order\":\"desc\"}}")).size());
        assertEquals(4, names(api.call("POST", "/object/list/tree").bearer(owner).send()).size(), "no body lists the root");
        assertEquals(400, list("{\"prefix\":\"\",\"sortBy\":{\"column\":\"size\"}}").status());
        assertEquals(400, list("{\"prefix\":\"\",\"limit\":0}").status());
        assertEquals(400, list("{\"prefix\":\"\",\"limit\":\"ten\"}").status());
    }

    @Test
    void othersSeeNothingInAPrivateBucketAndAMissingBucketIs404() {
        assertEquals(List.of(), names(api.call("POST", "/object/list/tree").bearer(api.userToken("mallory"))
                .json("{\"prefix\":\"\"}").send()));
        Reply missing = api.call("POST", "/object/list/no-bucket").bearer(owner).json("{\"prefix\":\"\"}").send();
        assertEquals(404, missing.status());
        assertEquals("NoSuchBucket", missing.code());
    }

    @Test
    void deleteOneThenItIsGone() {
        assertEquals(200, api.call("POST", "/object/tree/tmp/one.txt").bearer(owner).text("1").send().status());
        Reply deleted = api.call("DELETE", "/object/tree/tmp/one.txt").bearer(owner).send();
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals("Successfully deleted", deleted.json().get("message").getStringValue());
        Reply again = api.call("DELETE", "/object/tree/tmp/one.txt").bearer(owner).json("{}").send();
        assertEquals(404, again.status());
        assertEquals("NoSuchKey", again.code());
        assertEquals(404, api.call("GET", "/object/tree/tmp/one.txt").bearer(owner).send().status());
    }

    @Test
    void deleteManyReportsWhatItDeletedAndSkipsTheRest() {
        for (String key : new String[] {"bulk/1.txt", "bulk/2.txt"}) {
            assertEquals(200, api.call("POST", "/object/tree/" + key).bearer(owner).text(key).send().status());
        }
        Reply reply = api.call("DELETE", "/object/tree").bearer(owner)
                .json("{\"prefixes\":[\"bulk/1.txt\",\"bulk/missing.txt\",\"bulk/2.txt\"]}").send();
        assertEquals(200, reply.status(), reply::toString);
        List<String> names = new ArrayList<>();
        for (JsonNode deleted : reply.json().values()) {
            names.add(deleted.get("name").getStringValue());
            assertEquals("tree", deleted.get("bucket_id").getStringValue());
            assertTrue(deleted.get("id").isString());
            assertEquals("lena", deleted.get("owner").getStringValue());
            Instant.parse(deleted.get("created_at").getStringValue());
            assertTrue(deleted.get("metadata").get("size").isNumber());
        }
        assertEquals(List.of("bulk/1.txt", "bulk/2.txt"), names);

        Reply notOwner = api.call("DELETE", "/object/tree").bearer(api.userToken("mallory"))
                .json("{\"prefixes\":[\"a.txt\"]}").send();
        assertEquals(0, notOwner.json().size(), "what the caller may not delete is skipped");
        Reply noPrefixes = api.call("DELETE", "/object/tree").bearer(owner).json("{}").send();
        assertEquals(400, noPrefixes.status());
        Reply badKey = api.call("DELETE", "/object/tree").bearer(owner).json("{\"prefixes\":[\"../a.txt\"]}").send();
        assertEquals(400, badKey.status());
        assertEquals("InvalidKey", badKey.code());
    }
}
