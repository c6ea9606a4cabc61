package io.stowage.domain.share;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.Objects;

/**
 * Read access to one version of an object: once the path answers with another version (deleted,
 * overwritten), the grant no longer opens anything.
 */
public record SignedDownload(BucketName bucket, ObjectKey key, VersionId version, Instant issuedAt,
        Instant expiresAt) implements ShareGrant {

    public SignedDownload {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
        ShareWindow.check(issuedAt, expiresAt);
    }
}
