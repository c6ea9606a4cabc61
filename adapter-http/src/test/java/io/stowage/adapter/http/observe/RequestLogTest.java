package io.stowage.adapter.http.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import io.stowage.adapter.http.support.SwitchableCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One JSON line per request, tied to its response by X-Request-Id, with who did what and no secrets. */
class RequestLogTest {

    static ApiServer api;
    static AccessLines lines;
    static String owner;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        lines = AccessLines.capture(api.mapper());
        owner = api.userToken("olga");
        assertEquals(200, api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"logs\"}").send().status());
    }

    @AfterAll
    static void stop() {
        lines.close();
        api.close();
    }

    @Test
    void everyResponseCarriesTheRequestIdOfItsLogLine() throws Exception {
        Reply ok = api.call("GET", "/bucket").bearer(api.serviceToken()).send();
        Reply refused = api.call("GET", "/bucket").bearer("not-a-token").send();
        Reply noRoute = api.call("GET", "//nowhere").send();
        Reply badKey = api.call("GET", "/object/logs/missing.txt").bearer(owner).send();
        Reply health = api.call("GET", "//health").send();
        int[] statuses = {200, 401, 404, 404, 200};
        Reply[] replies = {ok, refused, noRoute, badKey, health};
        for (int i = 0; i < replies.length; i++) {
            assertEquals(statuses[i], replies[i].status(), replies[i]::toString);
            String id = replies[i].header("X-Request-Id").orElseThrow(() -> new AssertionError("no X-Request-Id"));
            assertEquals(statuses[i], lines.line(id).get("status").getIntValue());
        }
        JsonNode refusedLine = lines.line(refused.header("X-Request-Id").orElseThrow());
        assertEquals("bucket.list", refusedLine.get("operation").getStringValue());
        assertTrue(refusedLine.get("role").isNull(), "a refused token has no role");
        assertEquals("unmatched", lines.line(noRoute.header("X-Request-Id").orElseThrow()).get("operation").getStringValue());
        assertEquals("health", lines.line(health.header("X-Request-Id").orElseThrow()).get("operation").getStringValue());
    }

    @Test
    void aServerSideFailureIsLoggedAtWarnWithItsId() throws Exception {
        SwitchableCheck database = api.bean(SwitchableCheck.class);
        database.fail("connection refused by db.internal:5432");
        try {
            Reply down = api.call("GET", "//health").send();
            assertEquals(503, down.status(), down::toString);
            String line = lines.rawLine(down.header("X-Request-Id").orElseThrow(), 5000).orElseThrow();
            assertEquals("WARN", lines.parse(line).get("level").getStringValue());
            assertEquals(503, lines.parse(line).get("status").getIntValue());
            assertFalse(line.contains("db.internal"), "no failure detail in the request log: " + line);
        } finally {
            database.heal();
        }
    }

    @Test
    void aSaneClientIdIsReusedAndAnyOtherReplaced() throws Exception {
        Reply reused = api.call("GET", "/bucket").bearer(owner).header("X-Request-Id", "edge-7f3a.1_b").send();
        assertEquals("edge-7f3a.1_b", reused.header("X-Request-Id").orElseThrow());
        assertEquals("edge-7f3a.1_b", lines.line("edge-7f3a.1_b").get("request_id").getStringValue());

        String odd = "x".repeat(65);
        Reply replaced = api.call("GET", "/bucket").bearer(owner).header("X-Request-Id", odd).send();
        String id = replaced.header("X-Request-Id").orElseThrow();
        assertNotEquals(odd, id);
        assertTrue(RequestId.isSane(id), id);
        assertEquals("GET", lines.line(id).get("method").getStringValue());
    }

    @Test
    void uploadsAndDownloadsAreLoggedWithWhoWhereAndHowMuch() throws Exception {
        Reply upload = api.call("POST", "/object/logs/dir/report.bin").bearer(owner)
                .body(new byte[1000], "application/octet-stream").send();
        assertEquals(200, upload.status(), upload::toString);
        JsonNode uploaded = lines.line(upload.header("X-Request-Id").orElseThrow());
        assertEquals("object.upload", uploaded.get("operation").getStringValue());
        assertEquals("POST", uploaded.get("method").getStringValue());
        assertEquals("logs", uploaded.get("bucket").getStringValue());
        assertEquals("dir/report.bin", uploaded.get("path").getStringValue());
        assertEquals("olga", uploaded.get("user_id").getStringValue());
        assertEquals("authenticated", uploaded.get("role").getStringValue());
        assertEquals(200, uploaded.get("status").getIntValue());
        assertEquals(1000L, uploaded.get("size").getLongValue());
        assertTrue(uploaded.get("duration_ms").getLongValue() >= 0);
        assertEquals("INFO", uploaded.get("level").getStringValue());

        Reply download = api.call("GET", "/object/logs/dir/report.bin").bearer(owner).header("Range", "bytes=0-99").send();
        assertEquals(206, download.status(), download::toString);
        JsonNode downloaded = lines.line(download.header("X-Request-Id").orElseThrow());
        assertEquals("object.download", downloaded.get("operation").getStringValue());
        assertEquals(100L, downloaded.get("size").getLongValue());

        Reply created = api.call("POST", "/bucket").bearer(api.serviceToken()).json("{\"id\":\"more-logs\"}").send();
        JsonNode bucketLine = lines.line(created.header("X-Request-Id").orElseThrow());
        assertEquals("bucket.create", bucketLine.get("operation").getStringValue());
        assertEquals("service_role", bucketLine.get("role").getStringValue());
        assertTrue(bucketLine.get("size").isNull());
    }

    @Test
    void aSignedUrlsTokenNeverReachesTheLog() throws Exception {
        assertEquals(200, api.call("POST", "/object/logs/shared.txt").bearer(owner).text("hello").send().status());
        Reply signed = api.call("POST", "/object/sign/logs/shared.txt").bearer(owner).json("{\"expiresIn\":60}").send();
        String url = signed.json().get("signedURL").getStringValue();
        String token = url.substring(url.indexOf("token=") + "token=".length());
        Reply read = api.call("GET", url).header("Authorization", "Bearer " + owner).send();
        assertEquals(200, read.status(), read::toString);
        String line = lines.rawLine(read.header("X-Request-Id").orElseThrow(), 5000).orElseThrow();
        assertEquals("object.download_signed", lines.parse(line).get("operation").getStringValue());
        assertEquals("shared.txt", lines.parse(line).get("path").getStringValue());
        for (String logged : lines.raw()) {
            assertFalse(logged.contains(token), logged);
            assertFalse(logged.contains(owner), logged);
            assertFalse(logged.contains("token="), logged);
        }
    }

    @Test
    void aPathWithQuotesAndLineBreaksStaysOneParsableLine() throws Exception {
        Reply refused = api.call("GET", "/object/logs/a%22b%0A%22role%22:%22x").bearer(owner).send();
        assertEquals(400, refused.status(), refused::toString);
        String line = lines.rawLine(refused.header("X-Request-Id").orElseThrow(), 5000).orElseThrow();
        assertFalse(line.contains("\n"), line);
        JsonNode json = lines.parse(line);
        assertEquals("a\"b\n\"role\":\"x", json.get("path").getStringValue());
        assertEquals("authenticated", json.get("role").getStringValue());
    }
}
