package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operator routes: the service role runs a sweep and reads its report; nobody else may. */
class AdminRoutesTest {

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
    void theServiceRoleRunsASweepAndGetsItsReport() {
        Reply reply = api.call("POST", "/admin/sweep").bearer(api.serviceToken()).send();

        assertEquals(200, reply.status(), reply::toString);
        JsonNode report = reply.json();
        assertTrue(report.get("ran").getBooleanValue());
        for (String count : List.of("queued_blobs_deleted", "stale_intents_expired", "failures", "duration_ms")) {
            assertTrue(report.get(count).isNumber(), count + " in " + reply);
        }
    }

    @Test
    void usersAndAnonymousCallersAreRefused() {
        for (String token : List.of(api.userToken("alice"), api.anonToken())) {
            Reply reply = api.call("POST", "/admin/sweep").bearer(token).send();
            assertEquals(403, reply.status(), reply::toString);
            assertEquals("AccessDenied", reply.code());
        }
        assertEquals(403, api.call("POST", "/admin/sweep").send().status());
    }
}
