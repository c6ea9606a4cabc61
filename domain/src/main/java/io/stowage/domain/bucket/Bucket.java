package io.stowage.domain.bucket;

import io.stowage.domain.identity.UserId;
import io.stowage.domain.value.ByteSize;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A named container of objects with an owner and the settings that govern reads and uploads. */
public record Bucket(BucketName name, Optional<UserId> owner, BucketSettings settings, Instant createdAt, Instant updatedAt) {

    public Bucket {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Bucket create(BucketName name, Optional<UserId> owner, BucketSettings settings, Instant now) {
        return new Bucket(name, owner, settings, now, now);
    }

    public Bucket withSettings(BucketSettings newSettings, Instant now) {
        return new Bucket(name, owner, newSettings, createdAt, now);
    }

    public AccessPolicy policy() {
        return settings.policy();
    }

    /** The largest object this bucket accepts: its own limit, capped by the global one. */
    public ByteSize effectiveSizeLimit(ByteSize globalLimit) {
        return settings.fileSizeLimit().map(globalLimit::min).orElse(globalLimit);
    }
}
