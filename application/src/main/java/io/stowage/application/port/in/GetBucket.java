package io.stowage.application.port.in;

import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;

/** Reads one bucket the caller may see; any other answers as missing. */
public interface GetBucket {

    Bucket getBucket(Principal caller, BucketName name);
}
