package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import java.util.Objects;

/**
 * Copies an object's bytes and metadata to another path, in the same bucket or another one, as a new
 * object owned by the caller with a blob of its own.
 */
public interface CopyObject {

    /** @param upsert whether an object already at the destination may be replaced */
    record Command(Principal caller, BucketName sourceBucket, ObjectKey sourceKey, BucketName destinationBucket,
            ObjectKey destinationKey, boolean upsert) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(sourceBucket, "sourceBucket");
            Objects.requireNonNull(sourceKey, "sourceKey");
            Objects.requireNonNull(destinationBucket, "destinationBucket");
            Objects.requireNonNull(destinationKey, "destinationKey");
        }

        public boolean staysInPlace() {
            return sourceBucket.equals(destinationBucket) && sourceKey.equals(destinationKey);
        }
    }

    /** The new object at the destination. */
    record Result(StoredObject object) {
    }

    Result copy(Command command);
}
