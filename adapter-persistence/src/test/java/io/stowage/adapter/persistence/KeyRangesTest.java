package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Prefix successors in code point order, including the edges where a plain "last char + 1" goes wrong. */
class KeyRangesTest {

    private static final String MAX = new String(Character.toChars(Character.MAX_CODE_POINT));

    @Test
    void theSuccessorBumpsTheLastCharacter() {
        assertEquals(Optional.of("abd"), KeyRanges.successor("abc"));
        assertEquals(Optional.of("docs0"), KeyRanges.successor("docs/"));
        assertEquals(Optional.of("x\uD83D\uDE01"), KeyRanges.successor("x\uD83D\uDE00"));
    }

    @Test
    void theSuccessorSkipsSurrogatesAndCarriesPastTheLastCodePoint() {
        assertEquals(Optional.of("a\uE000"), KeyRanges.successor("a\uD7FF"));
        assertEquals(Optional.of("b"), KeyRanges.successor("a" + MAX + MAX));
        assertEquals(Optional.empty(), KeyRanges.successor(MAX));
        assertEquals(Optional.empty(), KeyRanges.successor(""));
    }

    @Test
    void aFolderKeyWritesEverySlashAsTheLowestCharacter() {
        assertEquals("a\u0001b\u0001", KeyRanges.folderKey("a/b/"));
        assertEquals("", KeyRanges.folderKey(""));
    }
}
