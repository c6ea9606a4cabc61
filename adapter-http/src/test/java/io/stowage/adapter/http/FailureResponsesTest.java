package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.ProbeBlobStore;
import io.stowage.adapter.http.support.Reply;
import io.stowage.adapter.http.support.SwitchableCheck;
import io.stowage.application.testing.InMemoryObjectCatalog;
import io.stowage.domain.error.InsufficientStorage;
import io.stowage.domain.error.PreconditionFailed;
import io.stowage.domain.error.StorageUnavailable;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Failures deep in the driven ports reach the client as the table says, and never with internals. */
class FailureResponsesTest {

    static ApiServer api;
    static String owner;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        owner = api.userToken("fay");
        assertEquals(200, api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"fragile\"}").send().status());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static void assertErrorShape(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply::toString);
        JsonNode body = reply.json();
        assertEquals(Integer.toString(status), body.get("statusCode").getStringValue());
        assertEquals(code, body.get("code").getStringValue());
        assertTrue(body.get("error").isString());
        assertTrue(body.get("message").isString());
    }

    @Test
    void aFailedPreconditionIs412() {
        api.bean(InMemoryObjectCatalog.class).failNextCommit(new PreconditionFailed("the object changed meanwhile"));
        Reply reply = api.call("POST", "/object/fragile/p.txt").bearer(owner).text("x").send();
        assertErrorShape(reply, 412, "PreconditionFailed");
        assertEquals("precondition_failed", reply.json().get("error").getStringValue());
    }

    @Test
    void anUnavailableStoreIs503WithRetryAfter() {
        api.bean(ProbeBlobStore.class).delegate()
                .failNextPut(new StorageUnavailable("blob store unavailable", new IOException("/mnt/disk1 is gone")));
        Reply reply = api.call("POST", "/object/fragile/u.txt").bearer(owner).text("x").send();
        assertErrorShape(reply, 503, "ServiceUnavailable");
        assertEquals("5", reply.header("Retry-After").orElseThrow());
        assertFalse(reply.text().contains("/mnt"), reply.text());
    }

    @Test
    void aFullVolumeIs507AndStoresNothingWhileReadsGoOn() {
        assertEquals(200, api.call("POST", "/object/fragile/kept.txt").bearer(owner).text("kept").send().status());
        int blobsBefore = api.bean(ProbeBlobStore.class).delegate().blobCount();
        api.bean(ProbeBlobStore.class).delegate().failNextPut(new InsufficientStorage("default"));

        Reply reply = api.call("POST", "/object/fragile/full.txt").bearer(owner).text("x").send();

        assertErrorShape(reply, 507, "InsufficientStorage");
        assertEquals(blobsBefore, api.bean(ProbeBlobStore.class).delegate().blobCount());
        assertEquals(404, api.call("GET", "/object/fragile/full.txt").bearer(owner).send().status());
        Reply read = api.call("GET", "/object/fragile/kept.txt").bearer(owner).send();
        assertEquals(200, read.status());
        assertEquals("kept", read.text());
    }

    @Test
    void anUnexpectedExceptionIsAGeneric500WithoutInternals() {
        api.bean(ProbeBlobStore.class).delegate()
                .failNextPut(new IllegalStateException("cannot open /var/lib/stowage/blobs/x: password=hunter2"));
        Reply reply = api.call("POST", "/object/fragile/e.txt").bearer(owner).text("x").send();
        assertErrorShape(reply, 500, "InternalError");
        assertEquals("Internal server error", reply.json().get("message").getStringValue());
        assertFalse(reply.text().contains("/var/lib"), reply.text());
        assertFalse(reply.text().contains("IllegalState"), reply.text());
        assertFalse(reply.text().contains("\tat "), "no stack trace");
    }

    @Test
    void healthIsUpThenDownNamingOnlyTheFailingDependency() {
        SwitchableCheck database = api.bean(SwitchableCheck.class);
        Reply up = api.call("GET", "//health").send();
        assertEquals(200, up.status());
        assertEquals("UP", up.json().get("status").getStringValue());

        database.fail("connection to jdbc:postgresql://db.internal:5432/stowage?password=s3cret refused");
        try {
            Reply down = api.call("GET", "//health").send();
            assertEquals(503, down.status());
            assertEquals("DOWN", down.json().get("status").getStringValue());
            assertEquals("database", down.json().get("failing").get(0).getStringValue());
            assertFalse(down.text().contains("jdbc"), down.text());
            assertFalse(down.text().contains("s3cret"), down.text());
        } finally {
            database.heal();
        }
    }
}
