package io.stowage.application.port.out;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import java.util.Objects;

/** Where one blob lives in a blob store: made of the bucket and the version id, never of a user's key. */
public record BlobLocation(BucketName bucket, VersionId version) {

    public BlobLocation {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(version, "version");
    }

    /** Where {@code object}'s bytes are: under the bucket its blob was written to, which a move keeps. */
    public static BlobLocation of(StoredObject object) {
        return new BlobLocation(object.blobBucket(), object.version());
    }
}
