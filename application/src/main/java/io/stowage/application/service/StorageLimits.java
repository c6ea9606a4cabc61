package io.stowage.application.service;

import io.stowage.domain.value.ByteSize;
import java.util.Objects;

/** Deployment-wide limits the services enforce on top of each bucket's own. */
public record StorageLimits(ByteSize maxFileSize) {

    public StorageLimits {
        Objects.requireNonNull(maxFileSize, "maxFileSize");
    }
}
