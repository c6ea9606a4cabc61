package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** If-Match makes an overwrite conditional and If-None-Match: * makes an upload create-only (412 otherwise). */
class ConditionalUploadE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("conditional-upload-owner"));

    @BeforeAll
    static void bucket() {
        assertEquals(200, OWNER.createBucket("conditional-uploads", "private").statusCode());
    }

    private static HttpResponse<String> write(String method, String path, String body, String header, String value) {
        HttpRequest.Builder request = OWNER.request(path).header("Content-Type", "text/plain")
                .method(method, BodyPublishers.ofString(body));
        if (header != null) {
            request.header(header, value);
        }
        return OWNER.send(request);
    }

    private static String etagOf(String path) {
        return OWNER.head(path).headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void ifMatchWithTheCurrentEtagReplaces() {
        String path = "/object/conditional-uploads/if-match.txt";
        assertEquals(200, write("POST", path, "one", null, null).statusCode());
        String first = etagOf(path);

        assertEquals(200, write("PUT", path, "two", "If-Match", first).statusCode());
        assertEquals("two", OWNER.get(path).body());
        // POST needs no x-upsert when If-Match names the version it replaces
        assertEquals(200, write("POST", path, "three", "If-Match", etagOf(path)).statusCode());
        assertEquals("three", OWNER.get(path).body());
    }

    @Test
    void ifMatchWithAStaleEtagIs412AndKeepsTheObject() {
        String path = "/object/conditional-uploads/stale.txt";
        assertEquals(200, write("POST", path, "one", null, null).statusCode());
        String first = etagOf(path);
        assertEquals(200, write("PUT", path, "two", null, null).statusCode());

        assertError(write("PUT", path, "lost update", "If-Match", first), 412, "PreconditionFailed");
        assertError(write("POST", path, "lost update", "If-Match", first), 412, "PreconditionFailed");
        assertEquals("two", OWNER.get(path).body());
    }

    @Test
    void ifMatchOnAMissingPathIs412() {
        String path = "/object/conditional-uploads/never.txt";
        assertError(write("PUT", path, "x", "If-Match", "*"), 412, "PreconditionFailed");
        assertError(OWNER.get(path), 404, "NoSuchKey");
    }

    @Test
    void ifNoneMatchStarCreatesOnce() {
        String path = "/object/conditional-uploads/create-only.txt";
        assertEquals(200, write("PUT", path, "first", "If-None-Match", "*").statusCode());
        assertError(write("PUT", path, "second", "If-None-Match", "*"), 412, "PreconditionFailed");
        assertError(write("POST", path, "second", "If-None-Match", "*"), 412, "PreconditionFailed");
        assertEquals("first", OWNER.get(path).body());
    }

    @Test
    void aMalformedIfMatchIsRefused() {
        assertError(write("PUT", "/object/conditional-uploads/bad.txt", "x", "If-Match", "\"unterminated"),
                400, "InvalidRequest");
    }

    @Test
    void aContentTypeWithALineBreakIsRefused() {
        HttpResponse<String> response = OWNER.send(OWNER.request("/object/conditional-uploads/crlf.txt")
                .header("Content-Type", Multipart.contentType())
                .POST(new Multipart().field("contentType", "text/plain\r\nX-Injected: yes").file("text/plain", new byte[3])));
        assertError(response, 400, "InvalidRequest");
        assertError(OWNER.get("/object/conditional-uploads/crlf.txt"), 404, "NoSuchKey");
    }

    @Test
    void theUploadAnswerCarriesWhatInfoShowsLater() {
        String path = "/object/conditional-uploads/answer.txt";
        HttpResponse<String> upload = write("POST", path, "hello", null, null);
        JsonNode info = Json.body(OWNER.get("/object/info/conditional-uploads/answer.txt"));
        assertEquals(Json.body(upload).get("Id").asText(), info.get("id").asText());
        assertEquals(etagOf(path), info.get("etag").asText());
    }
}
