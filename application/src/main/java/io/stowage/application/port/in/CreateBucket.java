package io.stowage.application.port.in;

import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.identity.Principal;

/** Creates a bucket owned by the caller. */
public interface CreateBucket {

    record Command(Principal caller, BucketName name, BucketSettings settings) {
    }

    Bucket createBucket(Command command);
}
