package io.stowage.adapter.http.console;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;

/**
 * The headers of every console answer. The policy lets the page run only its own scripts and styles,
 * talk only to its own origin, show previews from {@code blob:} URLs (bytes fetched with the token) and
 * media from signed URLs of its own origin, and never be framed; nothing inline runs.
 */
final class ConsoleHeaders {

    static final String POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' blob:",
            "media-src 'self' blob:",
            "frame-src blob:",
            "object-src 'none'",
            "connect-src 'self'",
            "font-src 'self'",
            "manifest-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");

    private ConsoleHeaders() {
    }

    static <T> MutableHttpResponse<T> apply(MutableHttpResponse<T> response) {
        return response.header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cross-Origin-Opener-Policy", "same-origin")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
}
