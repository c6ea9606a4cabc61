package io.stowage.domain.value;

import io.stowage.domain.error.InvalidRequest;

/**
 * Text that PostgreSQL can hold: no NUL character and no unpaired UTF-16 surrogate. Every string a
 * request brings to the database passes here (or through a value object that applies the same rule),
 * so that a client's bad text is its 400, never the database's 500.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Whether {@code text} may be stored; null counts as storable (absent is not malformed). */
    public static boolean isStorable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return {@code text} unchanged
     * @throws InvalidRequest naming {@code field} when it holds a NUL or an unpaired surrogate
     */
    public static String require(String field, String text) {
        if (!isStorable(text)) {
            throw new InvalidRequest(field + " must not contain NUL characters or unpaired surrogates");
        }
        return text;
    }
}
