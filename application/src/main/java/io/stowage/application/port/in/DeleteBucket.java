package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;

/** Deletes an empty bucket. */
public interface DeleteBucket {

    void deleteBucket(Principal caller, BucketName name);
}
