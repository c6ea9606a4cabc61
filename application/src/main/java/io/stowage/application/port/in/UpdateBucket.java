package io.stowage.application.port.in;

import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.value.ByteSize;
import java.util.Optional;

/** Changes a bucket's settings; only what the command carries changes. */
public interface UpdateBucket {

    /**
     * @param fileSizeLimit empty: unchanged; present and empty inside: remove the limit
     * @param allowedMimeTypes empty: unchanged
     * @param volume empty, or the bucket's own volume: a volume never changes
     */
    record Command(Principal caller, BucketName name, Optional<AccessPolicy> policy,
            Optional<Optional<ByteSize>> fileSizeLimit, Optional<AllowedMimeTypes> allowedMimeTypes,
            Optional<VolumeName> volume) {

        /** A command that leaves the volume alone. */
        public Command(Principal caller, BucketName name, Optional<AccessPolicy> policy,
                Optional<Optional<ByteSize>> fileSizeLimit, Optional<AllowedMimeTypes> allowedMimeTypes) {
            this(caller, name, policy, fileSizeLimit, allowedMimeTypes, Optional.empty());
        }
    }

    Bucket updateBucket(Command command);
}
