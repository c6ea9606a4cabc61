package io.stowage.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.ErrorCode;
import io.stowage.domain.error.InvalidRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorableTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "tab\there", "é, 日本, \uD83D\uDE00 (a pair)", "\uD83D\uDE00"})
    void ordinaryTextAndSurrogatePairsAreStorable(String text) {
        assertTrue(StorableText.isStorable(text));
        assertEquals(text, StorableText.require("search", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0000b", "\uD800", "a\uD800b", "\uDC00", "x\uDC00\uD800", "end\uD83D"})
    void nulAndUnpairedSurrogatesAreRefused(String text) {
        assertFalse(StorableText.isStorable(text));
        InvalidRequest error = assertThrows(InvalidRequest.class, () -> StorableText.require("search", text));
        assertEquals(ErrorCode.INVALID_REQUEST, error.code());
        assertTrue(error.getMessage().startsWith("search "), error.getMessage());
    }

    @Test
    void absentTextIsNotMalformed() {
        assertTrue(StorableText.isStorable(null));
    }
}
