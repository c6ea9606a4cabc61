package io.stowage.domain.share;

import io.stowage.domain.error.InvalidRequest;
import java.time.Instant;
import java.util.Objects;

/** Guards against a grant whose validity window is empty or reversed. */
final class ShareWindow {

    private ShareWindow() {
    }

    static void check(Instant issuedAt, Instant expiresAt) {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!issuedAt.isBefore(expiresAt)) {
            throw new InvalidRequest("a signed URL must expire after it was issued");
        }
    }
}
