package io.stowage.application.port.in;

import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.identity.Principal;
import java.util.Optional;

/** Creates a bucket owned by the caller, on the volume it names or else the default one. */
public interface CreateBucket {

    record Command(Principal caller, BucketName name, BucketSettings settings, Optional<VolumeName> volume) {

        /** A bucket on the default volume. */
        public Command(Principal caller, BucketName name, BucketSettings settings) {
            this(caller, name, settings, Optional.empty());
        }
    }

    Bucket createBucket(Command command);
}
