package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;

/** Deletes every object of a bucket, keeping the bucket. */
public interface EmptyBucket {

    /** @return how many objects were deleted */
    long emptyBucket(Principal caller, BucketName name);
}
