package io.stowage.domain.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.error.InvalidKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The edges of ObjectKey's printable-ASCII shortcut: both sides of it must apply the same rules. */
class ObjectKeyFastPathTest {

    @ParameterizedTest
    @ValueSource(strings = {" ", "~", "a b~c", " !\"#$%&'()*+,-.0123456789:;<=>?@[]^_`{|}~", "a\u00a0b"})
    void acceptsThePrintableAsciiEdgesAndTheFirstPrintableCharPastThem(String key) {
        assertEquals(key, new ObjectKey(key).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u001fb", "\u001f", "a\u007f", "\u007f/b", "a/\u007f", "x\u0000", "\u0080x"})
    void refusesTheControlCharsJustOutsidePrintableAscii(String key) {
        assertThrows(InvalidKey.class, () -> new ObjectKey(key));
    }

    @Test
    void countsBytesNotCharsOnceOneCharIsNotAscii() {
        String ascii255 = "a".repeat(255);
        assertEquals(ascii255, new ObjectKey(ascii255).value());
        // 255 chars, 256 bytes: only the UTF-8 count refuses it
        assertThrows(InvalidKey.class, () -> new ObjectKey("a".repeat(254) + "\u00e9"));
        String segment255Bytes = "a".repeat(253) + "\u00e9";
        assertEquals(segment255Bytes, new ObjectKey(segment255Bytes).value());
        // 1024 chars, 1025 bytes
        String s255 = "a".repeat(255);
        String total1025Bytes = s255 + "/" + s255 + "/" + s255 + "/" + "a".repeat(254) + "/\u00e9";
        assertEquals(1024, total1025Bytes.length());
        assertThrows(InvalidKey.class, () -> new ObjectKey(total1025Bytes));
    }

    @Test
    void normalizesAMostlyAsciiKeyWithOneCombiningMark() {
        assertEquals("dir/caf\u00e9.txt", new ObjectKey("dir/cafe\u0301.txt").value());
    }

    @Test
    void appliesTheSegmentRulesOnTheShortcutToo() {
        for (String key : new String[] {"a//b", "a/./b", "a/../b", "/a", "a/", "a\\b", "..", "."}) {
            assertThrows(InvalidKey.class, () -> new ObjectKey(key), key);
        }
        assertEquals("a/.../b", new ObjectKey("a/.../b").value());
    }
}
