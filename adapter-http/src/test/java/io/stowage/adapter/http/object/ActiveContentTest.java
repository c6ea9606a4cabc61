package io.stowage.adapter.http.object;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.value.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActiveContentTest {

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "TEXT/HTML; charset=utf-8", "application/xhtml+xml", "image/svg+xml",
        "text/xml", "application/xml", "application/atom+xml", "text/javascript", "application/javascript",
        "application/ecmascript", "text/ecmascript", "application/x-javascript", "multipart/x-mixed-replace"})
    void pagesScriptsAndXmlAreActive(String type) {
        assertTrue(ActiveContent.isActive(new ContentType(type)), type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "image/png", "application/json", "application/pdf",
        "application/octet-stream", "text/csv", "video/mp4"})
    void passiveTypesAreNot(String type) {
        assertFalse(ActiveContent.isActive(new ContentType(type)), type);
    }
}
