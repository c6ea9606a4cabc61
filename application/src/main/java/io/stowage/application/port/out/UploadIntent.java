package io.stowage.application.port.out;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A blob about to be written for {@code bucket}/{@code key}, recorded before its first byte so that a
 * crash at any point leaves the blob tracked: the commit that makes it an object drops the intent.
 * {@code partialWrite} is what the store named the unfinished write, once it reported one (an S3
 * multipart upload id).
 */
public record UploadIntent(BlobLocation location, BucketName bucket, ObjectKey key, Instant startedAt,
        Optional<String> partialWrite) {

    public UploadIntent {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(partialWrite, "partialWrite");
    }

    /** An intent whose store has not (yet) named a partial write. */
    public UploadIntent(BlobLocation location, BucketName bucket, ObjectKey key, Instant startedAt) {
        this(location, bucket, key, startedAt, Optional.empty());
    }
}
