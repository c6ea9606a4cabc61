package io.stowage.domain.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.ErrorCode;
import io.stowage.domain.error.InvalidKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectKeyTest {

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void refused(String key) {
        InvalidKey error = assertThrows(InvalidKey.class, () -> new ObjectKey(key), () -> "accepted " + key);
        assertEquals(ErrorCode.INVALID_KEY, error.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "file.txt", "dir/file.txt", "a/b/c/d.png", "with space.txt", "..hidden", "a.",
        "...", "ünïcödé/日本語.txt", "emoji-😀.png", "a:b@c+d=e,f;g", "name with 'quotes'"})
    void acceptsOrdinaryKeys(String key) {
        assertEquals(key, new ObjectKey(key).value());
    }

    @Test
    void acceptsExactly1024BytesAndRefuses1025() {
        String s255 = "a".repeat(255);
        String key1024 = s255 + "/" + s255 + "/" + s255 + "/" + "a".repeat(254) + "/a";
        assertEquals(1024, bytes(key1024));
        assertEquals(key1024, new ObjectKey(key1024).value());
        refused(key1024 + "b");
    }

    @Test
    void measuresTheTotalLengthInUtf8BytesNotCharacters() {
        String euro85 = "€".repeat(85);
        assertEquals(255, bytes(euro85));
        String key1024 = euro85 + "/" + euro85 + "/" + euro85 + "/" + "€".repeat(84) + "a" + "/ab";
        assertEquals(1024, bytes(key1024));
        assertEquals(key1024, new ObjectKey(key1024).value());
        String key1025 = key1024 + "c";
        assertTrue(key1025.length() < 400, "far fewer than 1024 characters");
        refused(key1025);
    }

    @Test
    void limitsEachSegmentTo255Bytes() {
        assertEquals("a".repeat(255), new ObjectKey("a".repeat(255)).value());
        refused("a".repeat(256));
        refused("dir/" + "a".repeat(256) + "/file");
    }

    @Test
    void measuresSegmentsInBytesIncludingMultiByteCharacters() {
        new ObjectKey("€".repeat(85));
        refused("€".repeat(86));
        String emoji63 = "😀".repeat(63) + "abc";
        assertEquals(255, bytes(emoji63));
        new ObjectKey(emoji63);
        refused("😀".repeat(64));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a//b", "//", ".", "..", "./a", "a/.", "a/./b", "a/../b", "../a", "a/.."})
    void refusesEmptyDotAndDotDotSegments(String key) {
        refused(key);
    }

    @Test
    void refusesEmptyAndNull() {
        refused("");
        refused(null);
    }

    @Test
    void refusesALeadingSlash() {
        refused("/a");
        refused("/");
    }

    @Test
    void refusesATrailingSlash() {
        refused("a/");
        refused("dir/sub/");
    }

    @Test
    void refusesBackslash() {
        refused("a\\b");
        refused("\\");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0000", "a\u0001", "line\nbreak", "tab\tbed", "cr\r", "del\u007f",
        "c1\u0085", "c1\u009f"})
    void refusesNulAndControlCharacters(String key) {
        refused(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\uD800b", "a\uDC00", "\uD83D", "x/\uDE00/y"})
    void refusesUnpairedSurrogates(String key) {
        refused(key);
    }

    @Test
    void normalizesADecomposedKeyToNfc() {
        String decomposed = "cafe\u0301/re\u0301sume\u0301.txt";
        ObjectKey key = new ObjectKey(decomposed);
        assertEquals("caf\u00e9/r\u00e9sum\u00e9.txt", key.value());
        assertEquals(new ObjectKey("caf\u00e9/r\u00e9sum\u00e9.txt"), key);
    }

    @Test
    void measuresLengthAfterNormalization() {
        String decomposed = "e\u0301".repeat(100);
        assertEquals(300, bytes(decomposed));
        ObjectKey key = new ObjectKey(decomposed);
        assertEquals(200, bytes(key.value()));
    }

    @Test
    void splitsIntoSegmentsAndNamesTheLastOne() {
        ObjectKey key = new ObjectKey("photos/2024/cat.png");
        assertEquals(List.of("photos", "2024", "cat.png"), key.segments());
        assertEquals("cat.png", key.name());
        assertEquals("top.txt", new ObjectKey("top.txt").name());
    }

    @Test
    void ordersByValue() {
        assertTrue(new ObjectKey("a/b").compareTo(new ObjectKey("a/c")) < 0);
        assertEquals(0, new ObjectKey("x").compareTo(new ObjectKey("x")));
    }
}
