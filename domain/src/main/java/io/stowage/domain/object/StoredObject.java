package io.stowage.domain.object;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An object's current metadata: the path it answers to and the one blob version that holds its bytes.
 * The id stays with the path across overwrites; the version changes with every write.
 *
 * @param userMetadata the caller's custom metadata as a JSON object text, kept opaque
 */
public record StoredObject(
        UUID id,
        BucketName bucket,
        ObjectKey key,
        VersionId version,
        long size,
        ContentType contentType,
        Checksum checksum,
        Optional<UserId> owner,
        Optional<String> cacheControl,
        Optional<String> userMetadata,
        Instant createdAt,
        Instant updatedAt) {

    public StoredObject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(cacheControl, "cacheControl");
        Objects.requireNonNull(userMetadata, "userMetadata");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (size < 0) {
            throw new IllegalArgumentException("size < 0");
        }
    }

    /** The strong entity tag served to clients: the quoted content checksum. */
    public String etag() {
        return "\"" + checksum.sha256Hex() + "\"";
    }
}
