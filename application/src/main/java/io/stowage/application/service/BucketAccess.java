package io.stowage.application.service;

import io.stowage.application.port.out.BucketCatalog;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.identity.Principal;

/** Looks a bucket up and applies the bucket-level rules, so every service refuses alike. */
final class BucketAccess {

    private final BucketCatalog buckets;

    BucketAccess(BucketCatalog buckets) {
        this.buckets = buckets;
    }

    Bucket existing(BucketName name) {
        return buckets.find(name).orElseThrow(() -> new BucketNotFound(name.value()));
    }

    /** A bucket the caller may not see answers as missing. */
    Bucket visible(Principal caller, BucketName name) {
        Bucket bucket = existing(name);
        if (!AccessRules.canSeeBucket(caller, bucket)) {
            throw new BucketNotFound(name.value());
        }
        return bucket;
    }

    /** A visible bucket the caller may not manage is a 403; an invisible one stays a 404. */
    Bucket managed(Principal caller, BucketName name) {
        Bucket bucket = visible(caller, name);
        if (!AccessRules.canManageBucket(caller, bucket)) {
            throw new AccessDenied("Only the bucket's owner may change it");
        }
        return bucket;
    }
}
