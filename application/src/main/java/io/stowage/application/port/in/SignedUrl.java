package io.stowage.application.port.in;

import java.time.Instant;
import java.util.Objects;

/** A freshly signed URL's token and the instant it stops working. */
public record SignedUrl(String token, Instant expiresAt) {

    public SignedUrl {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
