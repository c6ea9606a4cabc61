package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 304 for a copy the client already has, on GET and HEAD, and HEAD's headers equal GET's. */
class ConditionalReadE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("conditional-owner"));
    private static final String PATH = "/object/conditional/page.txt";
    private static String etag;
    private static String lastModified;

    @BeforeAll
    static void object() {
        assertEquals(200, OWNER.createBucket("conditional", "private").statusCode());
        HttpResponse<String> upload = OWNER.send(OWNER.request(PATH).header("Content-Type", "text/plain")
                .header("Cache-Control", "max-age=300").POST(BodyPublishers.ofString("conditional body")));
        assertEquals(200, upload.statusCode(), upload.body());
        HttpResponse<String> read = OWNER.get(PATH);
        etag = read.headers().firstValue("ETag").orElseThrow();
        lastModified = read.headers().firstValue("Last-Modified").orElseThrow();
    }

    private static HttpResponse<String> get(String header, String value) {
        return OWNER.send(OWNER.request(PATH).header(header, value).GET());
    }

    private static void assertNotModified(HttpResponse<String> response) {
        assertEquals(304, response.statusCode(), response.body());
        assertEquals("", response.body());
        assertEquals(etag, response.headers().firstValue("ETag").orElseThrow());
        assertEquals(lastModified, response.headers().firstValue("Last-Modified").orElseThrow());
        assertEquals("max-age=300", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void ifNoneMatchWithTheEtagIs304() {
        assertNotModified(get("If-None-Match", etag));
        assertNotModified(get("If-None-Match", "\"other\", " + etag));
        assertNotModified(get("If-None-Match", "W/" + etag));
        assertNotModified(get("If-None-Match", "*"));
        assertNotModified(OWNER.send(OWNER.request(PATH).header("If-None-Match", etag).method("HEAD", BodyPublishers.noBody())));
    }

    @Test
    void ifNoneMatchWithAnotherEtagServesTheObject() {
        HttpResponse<String> response = get("If-None-Match", "\"other\"");
        assertEquals(200, response.statusCode());
        assertEquals("conditional body", response.body());
    }

    @Test
    void ifModifiedSinceIs304UnlessTheObjectIsNewer() {
        assertNotModified(get("If-Modified-Since", lastModified));
        String later = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).plusHours(1));
        assertNotModified(get("If-Modified-Since", later));
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1));
        assertEquals(200, get("If-Modified-Since", earlier).statusCode());
        assertEquals(200, get("If-Modified-Since", "not a date").statusCode());
    }

    @Test
    void ifNoneMatchWinsOverIfModifiedSince() {
        HttpResponse<String> response = OWNER.send(OWNER.request(PATH).header("If-None-Match", "\"other\"")
                .header("If-Modified-Since", lastModified).GET());
        assertEquals(200, response.statusCode(), "If-Modified-Since counts only without If-None-Match");
    }

    @Test
    void ifMatchWithAnotherEtagIs412() {
        assertError(get("If-Match", "\"other\""), 412, "PreconditionFailed");
        assertEquals(200, get("If-Match", etag).statusCode());
    }

    @Test
    void aHiddenObjectIs404WhateverTheConditions() {
        Api stranger = Api.as(Tokens.user("conditional-stranger"));
        assertError(stranger.send(stranger.request(PATH).header("If-None-Match", etag).GET()), 404, "NoSuchKey");
        assertError(stranger.send(stranger.request(PATH).header("If-Match", "\"x\"").GET()), 404, "NoSuchKey");
    }

    @Test
    void headHasTheSameHeadersAsGetAndNoBody() {
        HttpResponse<String> get = OWNER.get(PATH);
        HttpResponse<String> head = OWNER.head(PATH);
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        for (String name : List.of("Content-Type", "Content-Length", "ETag", "Last-Modified", "Cache-Control",
                "Accept-Ranges", "X-Content-Type-Options", "Content-Disposition")) {
            assertEquals(get.headers().allValues(name), head.headers().allValues(name), name);
            assertTrue(head.headers().firstValue(name).isPresent(), name);
        }
        HttpResponse<String> rangedHead = OWNER.send(OWNER.request(PATH).header("Range", "bytes=0-0")
                .method("HEAD", BodyPublishers.noBody()));
        assertEquals(200, rangedHead.statusCode(), "Range applies to GET only");
    }
}
