package io.stowage.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.InvalidRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MimeTypePatternTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "image/png       | image/png                 | true",
        "image/png       | IMAGE/PNG                 | true",
        "IMAGE/PNG       | image/png                 | true",
        "image/png       | image/png; name=x         | true",
        "image/png       | image/jpeg                | false",
        "image/png       | image/pngx                | false",
        "image/*         | image/png                 | true",
        "image/*         | IMAGE/WEBP; q=1           | true",
        "image/*         | text/plain                | false",
        "image/*         | imagex/png                | false",
        "imag/*          | image/png                 | false",
        "*/*             | application/octet-stream  | true",
        "*/*             | text/plain;charset=UTF-8  | true",
        "text/plain;charset=utf-8 | text/plain       | true",
        "Text/Plain ; charset=x   | text/plain; charset=y | true",
    })
    void matchesByEssenceWithWildcardsCaseAndParametersIgnored(String pattern, String contentType, boolean expected) {
        assertEquals(expected, new MimeTypePattern(pattern).matches(new ContentType(contentType)));
    }

    @Test
    void normalizesTheStoredValue() {
        assertEquals("image/png", new MimeTypePattern(" IMAGE/PNG ").value());
        assertEquals("text/plain", new MimeTypePattern("text/plain; charset=utf-8").value());
        assertEquals("image/*", new MimeTypePattern("Image/*").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "image", "image/", "/png", "*/png", "*", "**/*", "a/b/c", "image/pn*",
        "im age/png", "image/pñg", ";charset=x"})
    void refusesMalformedPatterns(String pattern) {
        assertThrows(InvalidRequest.class, () -> new MimeTypePattern(pattern));
    }

    @Test
    void refusesNull() {
        assertThrows(InvalidRequest.class, () -> new MimeTypePattern(null));
    }

    @Test
    void aTypeWildcardDoesNotMatchAnotherTypeWithTheSamePrefix() {
        MimeTypePattern video = new MimeTypePattern("video/*");
        assertTrue(video.matches(new ContentType("video/mp4")));
        assertFalse(video.matches(new ContentType("videos/mp4")));
    }
}
