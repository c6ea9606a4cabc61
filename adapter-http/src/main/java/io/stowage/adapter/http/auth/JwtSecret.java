package io.stowage.adapter.http.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The shared HS256 key, as Supabase uses it: the UTF-8 bytes of the configured text. HS256 needs at
 * least 256 bits, so a shorter secret is refused at startup rather than at the first request.
 */
final class JwtSecret {

    static final int MIN_BYTES = 32;

    private final byte[] bytes;

    JwtSecret(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the JWT secret (stowage.jwt-secret) is not set");
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length < MIN_BYTES) {
            throw new IllegalArgumentException("the JWT secret (stowage.jwt-secret) must be at least "
                    + MIN_BYTES + " bytes for HS256, it has " + utf8.length);
        }
        this.bytes = utf8;
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes, bytes.length);
    }
}
