package io.stowage.domain.value;

import io.stowage.domain.error.InvalidRequest;
import java.util.UUID;

/** Identifies one immutable generation of an object's bytes; blobs are stored under it, never under a key. */
public record VersionId(UUID value) {

    public VersionId {
        if (value == null) {
            throw new InvalidRequest("version id is required");
        }
    }

    public static VersionId random() {
        return new VersionId(UUID.randomUUID());
    }

    public static VersionId parse(String text) {
        try {
            return new VersionId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("not a version id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
