package io.stowage.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.error.InvalidCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdTest {

    @Test
    void keepsTheSubject() {
        String sub = "5c1a2b3c-0000-4000-8000-000000000001";
        assertEquals(sub, new UserId(sub).value());
        assertEquals(sub, new UserId(sub).toString());
        assertEquals(255, new UserId("u".repeat(255)).value().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a\u0000b", "a\nb"})
    void refusesBlankAndControlCharacters(String sub) {
        assertThrows(InvalidCredentials.class, () -> new UserId(sub));
    }

    @Test
    void refusesNullAndOverlongSubjects() {
        assertThrows(InvalidCredentials.class, () -> new UserId(null));
        assertThrows(InvalidCredentials.class, () -> new UserId("u".repeat(256)));
    }
}
