package io.stowage.adapter.http.share;

import java.nio.charset.StandardCharsets;

/** The HS256 key of signed URLs: the UTF-8 bytes of the configured text, at least 256 bits of it. */
final class UrlSigningKey {

    static final int MIN_BYTES = 32;

    private UrlSigningKey() {
    }

    static byte[] bytes(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the URL signing key (stowage.url-signing-key) is not set");
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length < MIN_BYTES) {
            throw new IllegalArgumentException("the URL signing key (stowage.url-signing-key) must be at least "
                    + MIN_BYTES + " bytes for HS256, it has " + utf8.length);
        }
        return utf8;
    }
}
