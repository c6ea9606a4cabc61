package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import java.util.Objects;

/**
 * Gives an object a new path, in the same bucket or another one, without copying its bytes: it keeps
 * its id, owner, metadata and blob. A move never replaces an object already at the destination.
 */
public interface MoveObject {

    record Command(Principal caller, BucketName sourceBucket, ObjectKey sourceKey, BucketName destinationBucket,
            ObjectKey destinationKey) {

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

    /** The object as it now answers at the destination. */
    record Result(StoredObject object) {
    }

    Result move(Command command);
}
