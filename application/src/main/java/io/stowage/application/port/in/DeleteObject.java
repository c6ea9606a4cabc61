package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import java.util.List;

/** Deletes one object, or many at once (skipping the missing and the unreadable). */
public interface DeleteObject {

    StoredObject deleteObject(Principal caller, BucketName bucket, ObjectKey key);

    /** @return the objects actually deleted */
    List<StoredObject> deleteObjects(Principal caller, BucketName bucket, List<ObjectKey> keys);
}
