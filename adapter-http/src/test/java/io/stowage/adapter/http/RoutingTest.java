package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.RawHttp;
import io.stowage.adapter.http.support.Reply;
import io.stowage.application.testing.InMemoryObjectCatalog;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fixed route segments beat bucket names, paths decode exactly once, and the router's own errors are JSON. */
class RoutingTest {

    static ApiServer api;
    static String owner;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        owner = api.userToken("rob");
        for (String bucket : new String[] {"public", "list", "authenticated", "plain"}) {
            Reply created = api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"" + bucket + "\",\"public\":true}").send();
            assertEquals(200, created.status(), created::toString);
        }
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static int objectsIn(String bucket) {
        return api.bean(InMemoryObjectCatalog.class).objectCount(new BucketName(bucket));
    }

    private static boolean exists(String bucket, String key) {
        return api.bean(InMemoryObjectCatalog.class).find(new BucketName(bucket), new ObjectKey(key)).isPresent();
    }

    @Test
    void aBucketNamedPublicIsReachableOnlyWhereNoFixedRouteClaimsTheSegment() {
        assertEquals(200, api.call("POST", "/object/public/x.txt").bearer(owner).text("in bucket public").send().status(),
                "POST has no fixed 'public' route: this is an upload to bucket public");
        Reply publicRoute = api.call("GET", "/object/public/public/x.txt").send();
        assertEquals(200, publicRoute.status());
        assertEquals("in bucket public", publicRoute.text());
        Reply authenticatedRoute = api.call("GET", "/object/authenticated/public/x.txt").bearer(owner).send();
        assertEquals("in bucket public", authenticatedRoute.text());

        Reply shadowed = api.call("GET", "/object/public/x.txt").bearer(owner).send();
        assertEquals(404, shadowed.status(), "GET /object/public/... is the public route, never bucket 'public'");
        assertEquals("NotFound", shadowed.code());
        assertEquals(404, api.call("HEAD", "/object/public/x.txt").bearer(owner).send().status());
    }

    @Test
    void aBucketNamedListNeverTurnsAListingIntoAnUpload() {
        Reply listing = api.call("POST", "/object/list/list").bearer(owner).json("{\"prefix\":\"\"}").send();
        assertEquals(200, listing.status(), listing::toString);
        Reply notAnUpload = api.call("POST", "/object/list/a.txt").bearer(owner).text("x").send();
        assertEquals(400, notAnUpload.status(), "the listing route refuses a body that is no JSON object");
        Reply listingOfA = api.call("POST", "/object/list/a.txt").bearer(owner).json("{}").send();
        assertEquals("NoSuchBucket", listingOfA.code(), "a listing of bucket 'a.txt', not an upload into 'list'");
        Reply deeper = api.call("POST", "/object/list/dir/a.txt").bearer(owner).text("x").send();
        assertEquals(404, deeper.status(), deeper::toString);
        assertEquals(0, objectsIn("list"));
        assertEquals(200, api.call("PUT", "/object/list/dir/a.txt").bearer(owner).text("x").send().status(),
                "PUT has no fixed 'list' route");
        assertEquals("x", api.call("GET", "/object/authenticated/list/dir/a.txt").bearer(owner).send().text());
    }

    @Test
    void aBucketNamedAuthenticatedIsReadThroughTheFixedRoute() {
        assertEquals(200, api.call("POST", "/object/authenticated/doc.txt").bearer(owner).text("auth").send().status());
        assertEquals("auth", api.call("GET", "/object/authenticated/authenticated/doc.txt").bearer(owner).send().text());
        assertEquals(404, api.call("GET", "/object/authenticated/doc.txt").bearer(owner).send().status());
    }

    @Test
    void traversalAttemptsAreInvalidKeysAndWriteNothing() throws IOException {
        int before = objectsIn("plain");
        for (String path : new String[] {"/object/plain/../secret", "/object/plain/a/../../b", "/object/plain/%2e%2e%2fsecret",
                "/object/plain/a/%2E%2E/b", "/object/plain/a//b", "/object/plain/%2Fetc/passwd", "/object/plain/a%5Cb",
                "/object/plain/./a", "/object/plain/a%00b"}) {
            Reply reply = api.call("POST", path).bearer(owner).text("x").send();
            assertEquals(400, reply.status(), path + " -> " + reply);
            assertEquals("InvalidKey", reply.code(), path);
        }
        try (RawHttp raw = new RawHttp(api.port())) {
            raw.send("GET /storage/v1/object/plain/a%zz HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(400, RawHttp.status(raw.readHead()));
        }
        assertEquals(before, objectsIn("plain"));
    }

    @Test
    void percentEncodingIsDecodedExactlyOnce() {
        assertEquals(200, api.call("POST", "/object/plain/%252e%252e%252fsecret").bearer(owner).text("1").send().status());
        assertTrue(exists("plain", "%2e%2e%2fsecret"), "double-encoded dots stay a literal name");
        assertEquals(200, api.call("POST", "/object/plain/100%25%20off+sale.txt").bearer(owner).text("2").send().status());
        assertTrue(exists("plain", "100% off+sale.txt"), "'+' is not a space in a path");
        assertEquals(200, api.call("POST", "/object/plain/caf%C3%A9/%E2%9C%93.txt").bearer(owner).text("3").send().status());
        assertTrue(exists("plain", "café/✓.txt"));
        assertEquals("3", api.call("GET", "/object/plain/caf%C3%A9/%E2%9C%93.txt").bearer(owner).send().text());
    }

    @Test
    void badBucketNamesInObjectRoutesAre400() {
        Reply reply = api.call("POST", "/object/Not_Valid/a.txt").bearer(owner).text("x").send();
        assertEquals(400, reply.status());
        assertEquals("InvalidBucketName", reply.code());
        assertEquals("InvalidBucketName", api.call("GET", "/bucket/UPPER").bearer(owner).send().code());
    }

    @Test
    void theRoutersOwnErrorsHaveTheSameJsonShape() {
        Reply unknown = api.call("GET", "/no/such/route").send();
        assertEquals(404, unknown.status());
        assertEquals("NotFound", unknown.code());
        assertEquals("404", unknown.json().get("statusCode").getStringValue());
        assertEquals("not_found", unknown.json().get("error").getStringValue());
        assertTrue(unknown.header("Content-Type").orElseThrow().startsWith("application/json"));

        Reply outside = api.call("GET", "//nothing-here").send();
        assertEquals(404, outside.status());
        assertEquals("NotFound", outside.code());

        Reply wrongMethod = api.call("PATCH", "/bucket/plain").bearer(owner).json("{}").send();
        assertEquals(405, wrongMethod.status());
        assertEquals("MethodNotAllowed", wrongMethod.code());
        assertEquals("method_not_allowed", wrongMethod.json().get("error").getStringValue());

        Reply malformed = api.call("POST", "/bucket").bearer(owner).json("{\"id\":").send();
        assertEquals(400, malformed.status());
        assertEquals("InvalidRequest", malformed.code());

        Reply notJson = api.call("POST", "/bucket").bearer(owner).text("id=x").send();
        assertEquals(415, notJson.status());
        assertEquals("InvalidMimeType", notJson.code());

        Reply arrayBody = api.call("POST", "/bucket").bearer(owner).json("[1]").send();
        assertEquals(400, arrayBody.status());
    }
}
