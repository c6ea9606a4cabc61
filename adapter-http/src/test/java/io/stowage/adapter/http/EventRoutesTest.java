package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The subscription route refuses what it cannot follow before any stream starts. */
class EventRoutesTest {

    static ApiServer api;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void anUnknownTypeIsABadRequest() {
        Reply reply = api.call("GET", "/events?type=storage.object.moved").bearer(api.userToken("alice")).send();
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("InvalidRequest", reply.code());
    }

    @Test
    void aLastEventIdThatIsNoEventIdIsABadRequest() {
        for (String id : new String[] {"abc", "-1"}) {
            Reply reply = api.call("GET", "/events").bearer(api.userToken("alice")).header("Last-Event-ID", id).send();
            assertEquals(400, reply.status(), reply::toString);
            assertEquals("InvalidRequest", reply.code());
        }
    }

    @Test
    void anInvalidBucketNameIsABadRequest() {
        Reply reply = api.call("GET", "/events?bucket=A..B").bearer(api.userToken("alice")).send();
        assertEquals(400, reply.status(), reply::toString);
    }
}
