package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.ContentType;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Resumable uploads (tus 1.0): created with every check that needs no byte, filled chunk by chunk at the
 * offset the upload has reached, committed as one object by the last chunk. Only the creator sees an upload.
 */
public interface UploadResumably {

    /** What the object will be once every byte has arrived. */
    record Creation(Principal caller, BucketName bucket, ObjectKey key, ContentType contentType, long length,
            boolean upsert, Optional<String> cacheControl, Optional<String> userMetadata) {

        public Creation {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(cacheControl, "cacheControl");
            Objects.requireNonNull(userMetadata, "userMetadata");
            if (length < 0) {
                throw new IllegalArgumentException("the length must not be negative");
            }
        }
    }

    /** Where an upload stands; {@code complete} once its object is committed. */
    record Status(String id, long offset, long length, Instant expiresAt, boolean complete) {
    }

    /**
     * @throws io.stowage.domain.error.PayloadTooLarge over the bucket's or the global limit
     * @throws io.stowage.domain.error.UnsupportedMimeType a type the bucket does not allow
     */
    Status create(Creation creation);

    /** @throws io.stowage.domain.error.NoSuchUpload unknown, or not the caller's */
    Status status(Principal caller, String id);

    /**
     * Appends {@code content} at {@code offset}; its bytes are durable before the offset moves.
     *
     * @throws io.stowage.domain.error.UploadConflict another offset, or another chunk being written right now
     * @throws io.stowage.domain.error.UploadExpired past its expiry
     */
    Status append(Principal caller, String id, long offset, InputStream content);

    /** Drops an unfinished upload and its bytes. */
    void terminate(Principal caller, String id);

    /** Drops expired uploads and their bytes, for the sweep; answers how many. */
    long pruneExpired();
}
