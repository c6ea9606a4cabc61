package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.stowage.domain.error.InvalidRequest;
import java.util.Optional;

/** Values that are stored from a request and served back later as response headers. */
final class HeaderValues {

    private static final int MAX_LENGTH = 1024;
    private static final int MAX_ENCODING_LENGTH = 255;
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private HeaderValues() {
    }

    /**
     * A Cache-Control value to store; Supabase's form field sends bare seconds ("3600"), which mean
     * "max-age=3600". Control characters are refused: this text is echoed as a header on every read.
     */
    static Optional<String> cacheControl(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_LENGTH || stripped.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new InvalidRequest("cache-control is not a valid header value");
        }
        return Optional.of(stripped.chars().allMatch(Character::isDigit) ? "max-age=" + stripped : stripped);
    }

    /**
     * A Content-Encoding to store with the object and serve back: a comma-separated list of tokens
     * ("gzip", "br", "gzip, br"), bounded. The body is kept as sent, so the value only labels it.
     */
    static Optional<String> contentEncoding(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_ENCODING_LENGTH) {
            throw new InvalidRequest("content-encoding is longer than " + MAX_ENCODING_LENGTH + " characters");
        }
        for (String coding : stripped.split(",", -1)) {
            if (!isToken(coding.strip())) {
                throw new InvalidRequest("content-encoding must be a list of content codings such as gzip");
            }
        }
        return Optional.of(stripped);
    }

    private static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alphanumeric && TOKEN_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
