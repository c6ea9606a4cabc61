package io.stowage.domain.bucket;

import io.stowage.domain.identity.UserId;
import io.stowage.domain.value.ByteSize;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A named container of objects with an owner, the settings that govern reads and uploads, and the volume
 * its bytes live on, chosen at creation and never changed.
 */
public record Bucket(BucketName name, Optional<UserId> owner, BucketSettings settings, VolumeName volume,
        Instant createdAt, Instant updatedAt) {

    public Bucket {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A bucket on the default volume. */
    public Bucket(BucketName name, Optional<UserId> owner, BucketSettings settings, Instant createdAt, Instant updatedAt) {
        this(name, owner, settings, VolumeName.DEFAULT, createdAt, updatedAt);
    }

    public static Bucket create(BucketName name, Optional<UserId> owner, BucketSettings settings, VolumeName volume,
            Instant now) {
        return new Bucket(name, owner, settings, volume, now, now);
    }

    /** A new bucket on the default volume. */
    public static Bucket create(BucketName name, Optional<UserId> owner, BucketSettings settings, Instant now) {
        return create(name, owner, settings, VolumeName.DEFAULT, now);
    }

    public Bucket withSettings(BucketSettings newSettings, Instant now) {
        return new Bucket(name, owner, newSettings, volume, createdAt, now);
    }

    /** Whether objects of this bucket and of {@code other} share a blob store, so a move need not copy bytes. */
    public boolean sharesVolumeWith(Bucket other) {
        return volume.equals(other.volume);
    }

    public AccessPolicy policy() {
        return settings.policy();
    }

    /** The largest object this bucket accepts: its own limit, capped by the global one. */
    public ByteSize effectiveSizeLimit(ByteSize globalLimit) {
        return settings.fileSizeLimit().map(globalLimit::min).orElse(globalLimit);
    }
}
