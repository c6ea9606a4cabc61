package io.stowage.domain.share;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.Objects;

/**
 * Access to one rendition of one version of an image: the options are part of the grant, so the URL
 * serves exactly that rendition, and nothing once the path holds another version.
 */
public record SignedRender(BucketName bucket, ObjectKey key, VersionId version, ImageTransform transform,
        Instant issuedAt, Instant expiresAt) implements ShareGrant {

    public SignedRender {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(transform, "transform");
        ShareWindow.check(issuedAt, expiresAt);
    }
}
