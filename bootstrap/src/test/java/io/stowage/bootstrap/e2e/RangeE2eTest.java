package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Range requests through the real server: one range is 206, past the end is 416, anything else 200. */
class RangeE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("range-owner"));
    private static final Api STRANGER = Api.as(Tokens.user("range-stranger"));
    /** 1000 bytes whose every position is recognisable: "000|001|002|..." cut to length. */
    private static final String TEXT = numbered(1000);
    private static final String PATH = "/object/ranges/digits.txt";

    private static String numbered(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append(String.format("%03d|", i));
        }
        return text.substring(0, length);
    }

    @BeforeAll
    static void object() {
        assertEquals(200, OWNER.createBucket("ranges", "private").statusCode());
        assertEquals(200, OWNER.upload(PATH, "text/plain", TEXT.getBytes(StandardCharsets.US_ASCII)).statusCode());
    }

    private static HttpResponse<String> ranged(Api caller, String range) {
        return caller.send(caller.request(PATH).header("Range", range).GET());
    }

    private static void assertPartial(String range, int first, int last) {
        HttpResponse<String> response = ranged(OWNER, range);
        assertEquals(206, response.statusCode(), range + ": " + response.body());
        assertEquals(TEXT.substring(first, last + 1), response.body(), range);
        assertEquals("bytes " + first + "-" + last + "/1000", response.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(String.valueOf(last - first + 1), response.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("bytes", response.headers().firstValue("Accept-Ranges").orElseThrow());
        assertTrue(response.headers().firstValue("ETag").isPresent());
    }

    @Test
    void firstByte() {
        assertPartial("bytes=0-0", 0, 0);
    }

    @Test
    void lastByte() {
        assertPartial("bytes=999-999", 999, 999);
        assertPartial("bytes=-1", 999, 999);
    }

    @Test
    void suffix() {
        assertPartial("bytes=-500", 500, 999);
        assertPartial("bytes=-5000", 0, 999);
    }

    @Test
    void openEnded() {
        assertPartial("bytes=100-", 100, 999);
        assertPartial("bytes=990-5000", 990, 999);
    }

    @Test
    void beyondTheEndIs416WithTheSize() {
        for (String range : new String[] {"bytes=1000-", "bytes=1000-2000", "bytes=-0"}) {
            HttpResponse<String> response = ranged(OWNER, range);
            assertError(response, 416, "InvalidRange");
            assertEquals("bytes */1000", response.headers().firstValue("Content-Range").orElseThrow(), range);
        }
    }

    @Test
    void malformedAndMultipleRangesGetTheWholeObject() {
        for (String range : new String[] {"bytes=abc", "bytes=5-1", "lines=0-1", "bytes=", "bytes=0-0,5-9", "bytes=0-1, -1"}) {
            HttpResponse<String> response = ranged(OWNER, range);
            assertEquals(200, response.statusCode(), range);
            assertEquals(TEXT, response.body(), range);
            assertTrue(response.headers().firstValue("Content-Range").isEmpty(), range);
            assertEquals("1000", response.headers().firstValue("Content-Length").orElseThrow(), range);
        }
    }

    @Test
    void aHiddenObjectIs404WhateverTheRange() {
        for (String range : new String[] {"bytes=0-0", "bytes=5000-", "bytes=abc"}) {
            assertError(ranged(STRANGER, range), 404, "NoSuchKey");
            assertError(ranged(Api.anonymous(), range), 404, "NoSuchKey");
        }
        HttpResponse<String> publicUrl = Api.anonymous().send(Api.anonymous()
                .request("/object/public/ranges/digits.txt").header("Range", "bytes=5000-").GET());
        assertError(publicUrl, 404, "NoSuchKey");
    }

    @Test
    void ifRangeWithAnotherVersionServesTheWholeObject() {
        HttpResponse<String> stale = OWNER.send(OWNER.request(PATH).header("Range", "bytes=0-0")
                .header("If-Range", "\"not-the-current-etag\"").GET());
        assertEquals(200, stale.statusCode());
        assertEquals(TEXT, stale.body());
        String etag = OWNER.head(PATH).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> current = OWNER.send(OWNER.request(PATH).header("Range", "bytes=0-0")
                .header("If-Range", etag).GET());
        assertEquals(206, current.statusCode());
    }
}
