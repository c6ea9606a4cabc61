package io.stowage.application.service;

import io.stowage.application.port.in.DeleteObject;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.ObjectNotFound;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Deletes objects the caller owns or whose bucket the caller owns; unreadable ones answer as missing. */
public final class DeleteService implements DeleteObject {

    private final ObjectAccess access;
    private final ObjectRemoval removal;

    public DeleteService(BucketCatalog buckets, ObjectCatalog objects, ObjectRemoval removal) {
        this.access = new ObjectAccess(buckets, objects);
        this.removal = removal;
    }

    @Override
    public StoredObject deleteObject(Principal caller, BucketName bucketName, ObjectKey key) {
        Bucket bucket = access.bucket(bucketName);
        return ConflictRetry.untilSettled(() -> {
            StoredObject object = access.readable(caller, bucket, key);
            if (!AccessRules.canDeleteObject(caller, bucket, object)) {
                throw new AccessDenied("Only the object's or the bucket's owner may delete it");
            }
            // false: the path changed under us; look again, with the access check on what is there now
            return removal.remove(bucket, object) ? Optional.of(object) : Optional.empty();
        });
    }

    @Override
    public List<StoredObject> deleteObjects(Principal caller, BucketName bucketName, List<ObjectKey> keys) {
        access.bucket(bucketName);
        List<StoredObject> deleted = new ArrayList<>();
        for (ObjectKey key : keys) {
            try {
                deleted.add(deleteObject(caller, bucketName, key));
            } catch (ObjectNotFound | AccessDenied skipped) {
                // a bulk delete reports what it deleted; the rest is skipped, as in the peer
            }
        }
        return deleted;
    }
}
