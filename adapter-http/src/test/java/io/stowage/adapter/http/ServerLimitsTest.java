package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** When Micronaut's own body limits are what refuses a request, the answer still has our error shape. */
class ServerLimitsTest {

    static ApiServer api;

    @BeforeAll
    static void start() {
        api = ApiServer.start(Map.of("micronaut.server.max-request-size", "1KB"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void micronautsOwnSizeLimitAnswersInTheSameShape() {
        String big = "{\"id\":\"x\",\"pad\":\"" + "a".repeat(4096) + "\"}";
        Reply reply = api.call("POST", "/bucket").bearer(api.userToken("zoe")).json(big).send();
        assertEquals(413, reply.status(), reply::toString);
        assertEquals("EntityTooLarge", reply.code());
        assertEquals("payload_too_large", reply.json().get("error").getStringValue());
    }
}
