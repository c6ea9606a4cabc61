package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import java.util.Objects;

/**
 * One object taken from one path to another, in the same bucket or another one, on a caller's behalf:
 * what a copy and a move both ask for.
 */
public record ObjectTransfer(Principal caller, BucketName sourceBucket, ObjectKey sourceKey,
        BucketName destinationBucket, ObjectKey destinationKey) {

    public ObjectTransfer {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(sourceBucket, "sourceBucket");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(destinationBucket, "destinationBucket");
        Objects.requireNonNull(destinationKey, "destinationKey");
    }

    /** Whether the destination is the source itself. */
    public boolean staysInPlace() {
        return sourceBucket.equals(destinationBucket) && sourceKey.equals(destinationKey);
    }
}
