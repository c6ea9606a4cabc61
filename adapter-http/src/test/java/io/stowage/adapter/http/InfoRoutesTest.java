package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /object/info wins over a bucket called "info" whatever the client accepts, as storage-js calls it. */
class InfoRoutesTest {

    static ApiServer api;
    static String owner;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        owner = api.userToken("rita");
        assertEquals(200, api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"docs\"}").send().status());
        assertEquals(200, api.call("POST", "/object/docs/a/b.txt").bearer(owner).body("hello".getBytes(), "text/plain")
                .header("x-metadata", "eyJrIjoidiJ9").send().status());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/json", "text/plain, */*;q=0.1"})
    void infoAnswersWhateverTheAcceptHeader(String accept) {
        Reply reply = api.call("GET", "/object/info/docs/a/b.txt").bearer(owner).header("Accept", accept).send();
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("application/json", reply.header("Content-Type").orElseThrow());
        assertEquals("a/b.txt", reply.json().get("name").getStringValue());
        assertEquals("v", reply.json().get("metadata").get("k").getStringValue());
    }
}
