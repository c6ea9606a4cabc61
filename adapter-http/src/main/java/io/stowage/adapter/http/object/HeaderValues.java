package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.stowage.domain.error.InvalidRequest;
import java.util.Optional;

/** Values that are stored from a request and served back later as response headers. */
final class HeaderValues {

    private static final int MAX_LENGTH = 1024;

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
}
