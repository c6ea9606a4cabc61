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
 * @param blobBucket the bucket the blob was written under, which with the version locates the bytes; the
 *     object's own bucket for every upload, another one after a move across buckets (a move reuses the
 *     blob instead of copying it)
 * @param contentEncoding the Content-Encoding the uploader declared ("gzip"): the stored bytes are the
 *     encoded ones, exactly as sent, and downloads announce the encoding again
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
        Instant updatedAt,
        BucketName blobBucket,
        Optional<String> contentEncoding) {

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
        Objects.requireNonNull(blobBucket, "blobBucket");
        Objects.requireNonNull(contentEncoding, "contentEncoding");
        if (size < 0) {
            throw new IllegalArgumentException("size < 0");
        }
    }

    /** An object sent without a Content-Encoding. */
    public StoredObject(UUID id, BucketName bucket, ObjectKey key, VersionId version, long size,
            ContentType contentType, Checksum checksum, Optional<UserId> owner, Optional<String> cacheControl,
            Optional<String> userMetadata, Instant createdAt, Instant updatedAt, BucketName blobBucket) {
        this(id, bucket, key, version, size, contentType, checksum, owner, cacheControl, userMetadata, createdAt,
                updatedAt, blobBucket, Optional.empty());
    }

    /** An object whose blob lives under its own bucket, as every freshly uploaded object's does. */
    public StoredObject(UUID id, BucketName bucket, ObjectKey key, VersionId version, long size,
            ContentType contentType, Checksum checksum, Optional<UserId> owner, Optional<String> cacheControl,
            Optional<String> userMetadata, Instant createdAt, Instant updatedAt) {
        this(id, bucket, key, version, size, contentType, checksum, owner, cacheControl, userMetadata, createdAt,
                updatedAt, bucket);
    }

    /**
     * This object answering at another path with the same blob, as a move leaves it: same id, version,
     * bytes, metadata, owner and blob location.
     */
    public StoredObject movedTo(BucketName newBucket, ObjectKey newKey, Instant now) {
        return new StoredObject(id, newBucket, newKey, version, size, contentType, checksum, owner, cacheControl,
                userMetadata, createdAt, now, blobBucket, contentEncoding);
    }

    /** The same object with its bytes in a new blob, written under the object's own bucket. */
    public StoredObject withNewBlob(VersionId newVersion) {
        return new StoredObject(id, bucket, key, newVersion, size, contentType, checksum, owner, cacheControl,
                userMetadata, createdAt, updatedAt, bucket, contentEncoding);
    }

    /** The strong entity tag served to clients: the quoted content checksum. */
    public String etag() {
        return "\"" + checksum.sha256Hex() + "\"";
    }
}
