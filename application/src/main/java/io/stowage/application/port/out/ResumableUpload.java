package io.stowage.application.port.out;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.ContentType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored state of one resumable upload: who started it, what object it will be, how many bytes have
 * durably arrived ({@code offset}), on which volume its chunks are staged, and when it expires.
 */
public record ResumableUpload(String id, Principal owner, BucketName bucket, ObjectKey key, VolumeName volume,
        ContentType contentType, long length, long offset, boolean upsert, Optional<String> cacheControl,
        Optional<String> userMetadata, Instant createdAt, Instant expiresAt) {

    public ResumableUpload {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(cacheControl, "cacheControl");
        Objects.requireNonNull(userMetadata, "userMetadata");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (length < 0 || offset < 0 || offset > length) {
            throw new IllegalArgumentException("offset " + offset + " is not within a length of " + length);
        }
    }
}
