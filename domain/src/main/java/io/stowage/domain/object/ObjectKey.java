package io.stowage.domain.object;

import io.stowage.domain.error.InvalidKey;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/**
 * An object's path within its bucket: NFC-normalized UTF-8 of 1 to 1024 bytes, '/'-separated segments
 * of at most 255 bytes, none empty, "." or "..", no leading '/', no backslash, no control character.
 * Keys never become filesystem paths; these rules keep them portable and unambiguous.
 */
public record ObjectKey(String value) implements Comparable<ObjectKey> {

    public static final int MAX_BYTES = 1024;
    public static final int MAX_SEGMENT_BYTES = 255;

    public ObjectKey {
        value = validated(value);
    }

    private static String validated(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidKey("Invalid key: the key is empty");
        }
        // printable ASCII is its own NFC form and one UTF-8 byte per char: skip the costly
        // Normalizer and encoder for the keys nearly every request and listed row carries
        boolean ascii = isPrintableAscii(raw);
        String key = ascii ? raw : normalized(raw);
        if ((ascii ? key.length() : utf8Length(key)) > MAX_BYTES) {
            throw new InvalidKey("Invalid key: longer than " + MAX_BYTES + " bytes");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\') {
                throw new InvalidKey("Invalid key: backslash is not allowed");
            }
            if (Character.isISOControl(c)) {
                throw new InvalidKey("Invalid key: control characters are not allowed");
            }
        }
        if (key.startsWith("/")) {
            throw new InvalidKey("Invalid key: must not start with '/'");
        }
        int start = 0;
        while (true) {
            int slash = key.indexOf('/', start);
            int end = slash < 0 ? key.length() : slash;
            checkSegment(key.substring(start, end), ascii);
            if (slash < 0) {
                return key;
            }
            start = slash + 1;
        }
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static String normalized(String raw) {
        if (utf8Length(raw) < 0) {
            throw new InvalidKey("Invalid key: not valid UTF-8 text");
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFC);
    }

    private static void checkSegment(String segment, boolean ascii) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            throw new InvalidKey("Invalid key: empty, '.' and '..' segments are not allowed");
        }
        if ((ascii ? segment.length() : utf8Length(segment)) > MAX_SEGMENT_BYTES) {
            throw new InvalidKey("Invalid key: a segment is longer than " + MAX_SEGMENT_BYTES + " bytes");
        }
    }

    /** UTF-8 byte length, or -1 when the text holds an unpaired surrogate. */
    private static int utf8Length(String text) {
        try {
            return StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text))
                    .remaining();
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    public List<String> segments() {
        return List.of(value.split("/"));
    }

    /** The last segment: the file name. */
    public String name() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? value : value.substring(slash + 1);
    }

    @Override
    public int compareTo(ObjectKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
