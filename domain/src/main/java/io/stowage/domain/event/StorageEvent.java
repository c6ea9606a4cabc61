package io.stowage.domain.event;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One committed change, as recorded in the outbox by the transaction that made it. Ids grow in commit
 * order, so a subscriber that remembers the last id it saw can resume without missing any.
 *
 * @param path the object's key; empty for bucket events
 * @param owner the object's owner (the bucket's for bucket events)
 * @param size the object's size in bytes; empty for bucket events
 * @param version the object's blob version; empty for bucket events
 */
public record StorageEvent(
        long id,
        EventType type,
        BucketName bucket,
        Optional<ObjectKey> path,
        Optional<UserId> owner,
        OptionalLong size,
        Optional<VersionId> version,
        Instant timestamp,
        EventAudience audience) {

    public StorageEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(audience, "audience");
        if (id <= 0) {
            throw new IllegalArgumentException("event ids start at 1");
        }
        if (type.isBucketEvent() != path.isEmpty()) {
            throw new IllegalArgumentException(type.wireName() + (path.isEmpty() ? " needs" : " takes no") + " path");
        }
    }
}
