package io.stowage.application.port.out;

import io.stowage.domain.identity.Principal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An S3 access key: its public id and the principal every request signed with it acts as. The secret
 * is never part of it; only {@link S3Credentials} holds it.
 */
public record S3AccessKey(String accessKeyId, Principal principal, Optional<String> description, Instant createdAt) {

    public S3AccessKey {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
