package io.stowage.application.port.out;

import io.stowage.domain.value.VersionId;
import java.util.Optional;

/**
 * What a catalog write expects to find at the path: nothing (create only), or exactly one version
 * (replace that one). Every write is conditional, so a concurrent writer can never be overwritten
 * unseen.
 */
public record WriteCondition(Optional<VersionId> expectedVersion) {

    public static WriteCondition absent() {
        return new WriteCondition(Optional.empty());
    }

    public static WriteCondition replacing(VersionId version) {
        return new WriteCondition(Optional.of(version));
    }
}
