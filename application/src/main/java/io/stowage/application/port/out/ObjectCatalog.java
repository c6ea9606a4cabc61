package io.stowage.application.port.out;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import java.util.List;
import java.util.Optional;

/** The persistent record of objects: which version of which blob each path currently answers with. */
public interface ObjectCatalog {

    Optional<StoredObject> find(BucketName bucket, ObjectKey key);

    /**
     * Makes {@code object} the current version of its path in one transaction, if {@code condition}
     * holds; the row keeps its id and created time when it replaces a version.
     *
     * @return the version it replaced, if any
     * @throws WriteConflict when the path does not hold what the condition expects
     */
    Optional<StoredObject> commit(StoredObject object, WriteCondition condition);

    /**
     * Removes the path if it still holds {@code expected}'s version.
     *
     * @return false when the path no longer holds that version
     */
    boolean remove(StoredObject expected);

    /** Removes up to {@code limit} objects of a bucket and returns them, for emptying it in batches. */
    List<StoredObject> removeBatch(BucketName bucket, int limit);

    List<ObjectListEntry> list(BucketName bucket, ObjectListQuery query);
}
