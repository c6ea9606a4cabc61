package io.stowage.application.port.in;

import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.value.ByteSize;
import java.util.Optional;

/** Changes a bucket's settings; only what the command carries changes. */
public interface UpdateBucket {

    /**
     * @param fileSizeLimit empty: unchanged; present and empty inside: remove the limit
     * @param allowedMimeTypes empty: unchanged
     */
    record Command(Principal caller, BucketName name, Optional<AccessPolicy> policy,
            Optional<Optional<ByteSize>> fileSizeLimit, Optional<AllowedMimeTypes> allowedMimeTypes) {
    }

    Bucket updateBucket(Command command);
}
