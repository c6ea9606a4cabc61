package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.stowage.bootstrap.StartupFailure;
import io.stowage.bootstrap.Stowage;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The edges of the HTTP contract: header dates are IMF-fixdate, framework internals never reach an
 * error body, absolute URLs come from the public URL and not the Host header, and Last-Event-ID is checked.
 */
class HttpEdgesE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("edges-owner"));
    private static final String BUCKET = "http-edges";
    private static final String OBJECT = "/object/" + BUCKET + "/dated.txt";
    private static final Pattern IMF_FIXDATE = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}"
                    + " \\d{2}:\\d{2}:\\d{2} GMT");
    private static final List<String> INTERNALS = List.of("micronaut", "jackson", "io.", "com.fasterxml", "Exception",
            "StreamReadConstraints", "netty");

    @BeforeAll
    static void bucketWithAnObject() {
        assertEquals(200, OWNER.createBucket(BUCKET, "private").statusCode());
        assertEquals(200, OWNER.upload(OBJECT, "text/plain", "dated".getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    private static void assertHttpDates(HttpResponse<String> response) {
        String date = response.headers().firstValue("Date").orElseThrow(() -> new AssertionError("no Date header"));
        assertTrue(IMF_FIXDATE.matcher(date).matches(), "Date: " + date);
        response.headers().firstValue("Last-Modified")
                .ifPresent(modified -> assertTrue(IMF_FIXDATE.matcher(modified).matches(), "Last-Modified: " + modified));
    }

    @Test
    void everyDateAndLastModifiedIsAnImfFixdate() {
        HttpResponse<String> get = OWNER.get(OBJECT);
        assertEquals(200, get.statusCode());
        assertTrue(get.headers().firstValue("Last-Modified").isPresent());
        String etag = get.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> notModified = OWNER.send(OWNER.request(OBJECT).header("If-None-Match", etag).GET());
        assertEquals(304, notModified.statusCode());
        HttpResponse<String> upload = OWNER.upload(OBJECT.replace("dated", "uploaded"), "text/plain", new byte[] {1});
        assertEquals(200, upload.statusCode());
        for (HttpResponse<String> response : List.of(get, OWNER.head(OBJECT), notModified, upload,
                OWNER.get("/object/" + BUCKET + "/missing.txt"), OWNER.get("/no/such/route"),
                Api.anonymous().get("/bucket"), OWNER.postJson("/object/list/" + BUCKET, "{\"prefix\":\"\"}"))) {
            assertHttpDates(response);
        }
    }

    @Test
    void ifModifiedSinceIsReadInTheThreeFormsOfRfc9110() {
        String lastModified = OWNER.head(OBJECT).headers().firstValue("Last-Modified").orElseThrow();
        ZonedDateTime time = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                .withZoneSameInstant(ZoneOffset.UTC);
        String rfc850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).format(time);
        String asctime = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).format(time);
        for (String since : List.of(lastModified, rfc850, asctime)) {
            HttpResponse<String> response = OWNER.send(OWNER.request(OBJECT).header("If-Modified-Since", since).GET());
            assertEquals(304, response.statusCode(), since);
            assertHttpDates(response);
        }
        String earlier = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).format(time.minusSeconds(1));
        assertEquals(200, OWNER.send(OWNER.request(OBJECT).header("If-Modified-Since", earlier).GET()).statusCode());
    }

    private static void assertPlainError(HttpResponse<String> response, int status, String code) {
        assertError(response, status, code);
        for (String internal : INTERNALS) {
            assertFalse(response.body().contains(internal), "'" + internal + "' in " + response.body());
        }
    }

    @Test
    void bodyErrorsNameTheProblemNotTheFramework() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertPlainError(OWNER.postJson("/bucket", deep), 400, "InvalidRequest");
        assertPlainError(OWNER.postJson("/object/list/" + BUCKET, "{\"prefix\":" + deep + "}"), 400, "InvalidRequest");
        assertPlainError(OWNER.postJson("/bucket", "{\"id\":" + "7".repeat(5000) + "}"), 400, "InvalidRequest");
        assertPlainError(OWNER.postJson("/bucket", "{\"id\":"), 400, "InvalidRequest");
        assertPlainError(OWNER.postJson("/bucket", "{'id': nope}"), 400, "InvalidRequest");
        assertPlainError(OWNER.postJson("/bucket", "[1]"), 400, "InvalidRequest");
        assertPlainError(OWNER.postJson("/object/list/" + BUCKET, "{\"limit\":\"many\"}"), 400, "InvalidRequest");
        assertPlainError(OWNER.postJson("/object/sign" + OBJECT.substring("/object".length()), "{\"expiresIn\":\"soon\"}"),
                400, "InvalidRequest");
        assertPlainError(OWNER.send(OWNER.request("/bucket").header("Content-Type", "application/json")
                .method("PATCH", BodyPublishers.ofString("{}"))), 405, "MethodNotAllowed");
        assertPlainError(OWNER.send(OWNER.request("/bucket").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("id=x"))), 415, "InvalidMimeType");
    }

    @Test
    void anOversizedRequestNamesNoSetting() {
        String answer = RawRequest.send("POST /storage/v1/bucket HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.user("edges-owner") + "\r\nContent-Type: application/json\r\nContent-Length: 2000000000000",
                "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(413, RawRequest.status(answer), answer);
        for (String internal : INTERNALS) {
            assertFalse(answer.contains(internal), "'" + internal + "' in " + answer);
        }
    }

    @Test
    void signedUrlsAreOnThePublicUrlWhateverTheHostHeaderSays() {
        String body = "{\"expiresIn\":60}";
        String answer = RawRequest.send("POST /storage/v1/object/sign/" + BUCKET + "/dated.txt HTTP/1.1\r\n"
                + "Host: evil.example\r\nAuthorization: Bearer " + Tokens.user("edges-owner")
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length(),
                body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, RawRequest.status(answer), answer);
        JsonNode signed = Json.parse(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        String expected = TestServer.shared().url() + "/storage/v1/object/sign/" + BUCKET + "/dated.txt?token=";
        assertTrue(signed.path("url").asText().startsWith(expected), signed.toString());
        assertFalse(answer.contains("evil.example"), answer);
    }

    @Test
    void aLastEventIdBeyondTheNewestEventOrNotAnIdIs400() {
        for (String id : List.of("999999999999", "-1", "abc", "1.5")) {
            HttpResponse<String> response = OWNER.send(OWNER.request("/events").header("Accept", "text/event-stream")
                    .header("Last-Event-ID", id).GET());
            JsonNode error = assertError(response, 400, "InvalidRequest");
            assertTrue(error.path("message").asText().startsWith("Last-Event-ID"), error.toString());
        }
    }

    @Test
    void aConfiguredPublicUrlBuildsTheUrls() {
        try (Stowage own = TestServer.start(Map.of("stowage.public-url", "https://files.example.com/base/"))) {
            Api api = new Api(URI.create(own.url() + "/storage/v1"), Tokens.user("edges-public"));
            assertEquals(200, api.createBucket("public-url", "private").statusCode());
            assertEquals(200, api.upload("/object/public-url/a%20b.txt", "text/plain", new byte[] {1}).statusCode());
            HttpResponse<String> signed = api.postJson("/object/sign/public-url/a b.txt".replace(" ", "%20"),
                    "{\"expiresIn\":60}");
            assertEquals(200, signed.statusCode(), signed.body());
            assertTrue(Json.body(signed).path("url").asText()
                    .startsWith("https://files.example.com/base/storage/v1/object/sign/public-url/a%20b.txt?token="),
                    signed.body());
        }
    }

    @Test
    void aBadPublicUrlStopsStartUpWithOneLineNamingTheSetting() {
        for (String bad : List.of("ftp://files.example.com", "files.example.com", "https://files.example.com/?a=1",
                "https://files.example.com/#top", "http://", "https://user:pw@files.example.com")) {
            StartupFailure failure = assertThrows(StartupFailure.class,
                    () -> TestServer.start(Map.of("stowage.public-url", bad)).close(), bad);
            assertTrue(failure.getMessage().startsWith("STOWAGE_PUBLIC_URL must be"), failure.getMessage());
            assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
        }
    }
}
