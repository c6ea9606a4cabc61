package io.stowage.adapter.persistence;

import java.util.Optional;

/**
 * Prefix ranges in the C collation (code point order): the strings starting with {@code p} are exactly
 * those {@code >= p} and {@code < successor(p)}, a range an index can seek, unlike LIKE with a parameter.
 */
final class KeyRanges {

    /** How the folder_key column writes '/': the lowest character, one that no object key may contain. */
    static final char FOLDER_SEPARATOR = '\u0001';

    private static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;

    private KeyRanges() {
    }

    /** A path as the folder_key column holds it. */
    static String folderKey(String path) {
        return path.replace('/', FOLDER_SEPARATOR);
    }

    /**
     * The smallest string greater than every string that starts with {@code prefix}, or empty when
     * there is none (the empty prefix, or one made only of the highest code point).
     */
    static Optional<String> successor(String prefix) {
        int[] codePoints = prefix.codePoints().toArray();
        for (int last = codePoints.length - 1; last >= 0; last--) {
            if (codePoints[last] < MAX_CODE_POINT) {
                int next = codePoints[last] + 1;
                if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
                    // surrogates are not characters and cannot be stored: the next one is U+E000
                    next = Character.MAX_SURROGATE + 1;
                }
                codePoints[last] = next;
                return Optional.of(new String(codePoints, 0, last + 1));
            }
        }
        return Optional.empty();
    }
}
