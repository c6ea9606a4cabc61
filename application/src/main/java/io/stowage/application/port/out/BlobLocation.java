package io.stowage.application.port.out;

import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import java.util.Objects;

/**
 * Where one blob lives: on which volume, and in that volume's store under the bucket and the version id,
 * never under a user's key. A single store ignores the volume; the volume registry routes by it.
 */
public record BlobLocation(VolumeName volume, BucketName bucket, VersionId version) {

    public BlobLocation {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(version, "version");
    }

    /** A blob on the default volume. */
    public BlobLocation(BucketName bucket, VersionId version) {
        this(VolumeName.DEFAULT, bucket, version);
    }

    /** A fresh location for a new blob of {@code bucket}, on the bucket's volume. */
    public static BlobLocation fresh(Bucket bucket) {
        return new BlobLocation(bucket.volume(), bucket.name(), VersionId.random());
    }

    /**
     * Where {@code object}'s bytes are: on the volume of {@code holder}, the bucket that holds the object,
     * under the bucket its blob was written to, which a move keeps.
     */
    public static BlobLocation of(Bucket holder, StoredObject object) {
        if (!holder.name().equals(object.bucket())) {
            throw new IllegalArgumentException("object " + object.key() + " is not in bucket " + holder.name());
        }
        return new BlobLocation(holder.volume(), object.blobBucket(), object.version());
    }
}
