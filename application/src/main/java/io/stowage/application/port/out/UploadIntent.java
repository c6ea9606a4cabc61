package io.stowage.application.port.out;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A blob about to be written for {@code bucket}/{@code key}, recorded before its first byte so that a
 * crash at any point leaves the blob tracked: the commit that makes it an object drops the intent.
 */
public record UploadIntent(BlobLocation location, BucketName bucket, ObjectKey key, Instant startedAt) {

    public UploadIntent {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
