package io.stowage.application.service;

import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ObjectInBucket;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.ObjectNotFound;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;

/** Finds an object the caller may read; an unreadable one answers exactly like a missing one. */
final class ObjectAccess {

    private final BucketAccess buckets;
    private final ObjectCatalog objects;

    ObjectAccess(BucketCatalog buckets, ObjectCatalog objects) {
        this.buckets = new BucketAccess(buckets);
        this.objects = objects;
    }

    Bucket bucket(BucketName name) {
        return buckets.existing(name);
    }

    /** An object the caller may read, with its bucket. */
    record Readable(Bucket bucket, StoredObject object) {
    }

    /** Like {@link #bucket} then {@link #readable}, in one catalog read: the hot path of info and download. */
    Readable readableWithBucket(Principal caller, BucketName bucketName, ObjectKey key) {
        ObjectInBucket found = objects.findWithBucket(bucketName, key)
                .orElseThrow(() -> new BucketNotFound(bucketName.value()));
        StoredObject object = found.object()
                .filter(candidate -> AccessRules.canReadObject(caller, found.bucket(), candidate))
                .orElseThrow(() -> new ObjectNotFound(bucketName.value(), key.value()));
        return new Readable(found.bucket(), object);
    }

    StoredObject readable(Principal caller, Bucket bucket, ObjectKey key) {
        return objects.find(bucket.name(), key)
                .filter(object -> AccessRules.canReadObject(caller, bucket, object))
                .orElseThrow(() -> new ObjectNotFound(bucket.name().value(), key.value()));
    }
}
