package io.stowage.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.error.ErrorCode;
import io.stowage.domain.error.InvalidRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentTypeTest {

    @Test
    void keepsTheValueAsGivenAndComparesByLowerCaseEssence() {
        ContentType type = new ContentType("Text/Plain; charset=UTF-8");
        assertEquals("Text/Plain; charset=UTF-8", type.value());
        assertEquals("text/plain", type.essence());
        assertEquals("text", type.type());
    }

    @Test
    void stripsSurroundingWhitespace() {
        assertEquals("image/png", new ContentType("  image/png \t").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/octet-stream", "image/svg+xml", "application/vnd.ms-excel",
        "text/plain;charset=UTF-8", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"})
    void acceptsMediaTypes(String value) {
        assertEquals(value, new ContentType(value).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "text", "/plain", "text/", "te xt/plain", "text/pl@in", "text/plain/x",
        "tëxt/plain", "text/plain\r\nX-Injected: 1", "text/plain\u0000", ";charset=utf-8", "*/*",
        "text/plain\r\n", "\ntext/plain", "text/html\r", "text/plain;\ncharset=utf-8"})
    void refusesMalformedValues(String value) {
        InvalidRequest error = assertThrows(InvalidRequest.class, () -> new ContentType(value));
        assertEquals(ErrorCode.INVALID_REQUEST, error.code());
    }

    @Test
    void refusesNullAndOverlongValues() {
        assertThrows(InvalidRequest.class, () -> new ContentType(null));
        assertThrows(InvalidRequest.class, () -> new ContentType("a/" + "b".repeat(254)));
        assertEquals(255, new ContentType("a/" + "b".repeat(253)).value().length());
    }

    @Test
    void defaultsToOctetStreamWithoutAHeader() {
        assertEquals(ContentType.OCTET_STREAM, ContentType.ofNullable(null));
        assertEquals(ContentType.OCTET_STREAM, ContentType.ofNullable("  "));
        assertEquals("application/octet-stream", ContentType.OCTET_STREAM.value());
        assertEquals("image/gif", ContentType.ofNullable("image/gif").value());
    }
}
