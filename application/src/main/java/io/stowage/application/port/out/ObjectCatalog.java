package io.stowage.application.port.out;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import java.util.List;
import java.util.Optional;

/** The persistent record of objects: which version of which blob each path currently answers with. */
public interface ObjectCatalog {

    Optional<StoredObject> find(BucketName bucket, ObjectKey key);

    /**
     * Up to {@code limit} objects of the buckets on {@code volume}, in version order after {@code after}:
     * pages for the reconciler.
     */
    List<StoredObject> objectsOnVolume(VolumeName volume, Optional<VersionId> after, int limit);

    /** The bucket with the object at {@code key}, in one read; empty when there is no such bucket. */
    Optional<ObjectInBucket> findWithBucket(BucketName bucket, ObjectKey key);

    /**
     * Makes {@code object} the current version of its path in one transaction, if {@code condition}
     * holds; the row keeps its id and created time when it replaces a version. The same transaction
     * drops the upload intent of {@code object}'s version and queues the replaced version's blob for
     * deletion (see {@link BlobBookkeeping}).
     *
     * @return the version it replaced, if any
     * @throws WriteConflict when the path does not hold what the condition expects
     */
    Optional<StoredObject> commit(StoredObject object, WriteCondition condition);

    /**
     * Removes the path if it still holds {@code expected}'s version, queuing its blob for deletion in the
     * same transaction.
     *
     * @return false when the path no longer holds that version
     */
    boolean remove(StoredObject expected);

    /**
     * Moves {@code source}'s row to {@code destination}'s path in one transaction: the source path is
     * removed if it still holds {@code source}'s version and {@code destination} is created at a free path,
     * or nothing changes. Within one volume the destination keeps the source's version, so the blob is
     * reused; when the destination carries a new version (its bytes were copied to another volume), the same
     * transaction drops the copy's upload intent and queues the source's blob for deletion.
     *
     * @throws WriteConflict when the source path no longer holds that version or the destination is taken
     * @throws io.stowage.domain.error.BucketNotFound when the destination bucket does not exist
     */
    void move(StoredObject source, StoredObject destination);

    /**
     * Removes up to {@code limit} objects of a bucket and returns them, for emptying it in batches; their
     * blobs are queued for deletion in the same transaction.
     */
    List<StoredObject> removeBatch(BucketName bucket, int limit);

    List<ObjectListEntry> list(BucketName bucket, ObjectListQuery query);

    /** A flat page of objects in key order, for listings that page by key (S3's ListObjects). */
    List<StoredObject> listKeys(BucketName bucket, ObjectKeyQuery query);
}
