package io.stowage.application.service;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.StoredObject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Removes objects in the one safe order: the row first, then the blob. A failed blob deletion leaves an
 * orphan blob (logged, swept later), never a row without its blob.
 */
public final class ObjectRemoval {

    private static final Logger LOG = System.getLogger(ObjectRemoval.class.getName());
    private static final int BATCH = 500;

    private final ObjectCatalog objects;
    private final BlobStore blobs;

    public ObjectRemoval(ObjectCatalog objects, BlobStore blobs) {
        this.objects = objects;
        this.blobs = blobs;
    }

    /** @return false when the path no longer holds that version (someone else changed it) */
    public boolean remove(StoredObject object) {
        if (!objects.remove(object)) {
            return false;
        }
        discardBlob(object);
        return true;
    }

    public long removeAll(BucketName bucket) {
        long removed = 0;
        List<StoredObject> batch;
        do {
            batch = objects.removeBatch(bucket, BATCH);
            batch.forEach(this::discardBlob);
            removed += batch.size();
        } while (batch.size() == BATCH);
        return removed;
    }

    /** Deletes the blob of a version no row points to any more. */
    public void discardBlob(StoredObject object) {
        BlobLocation location = BlobLocation.of(object);
        try {
            blobs.delete(location);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "orphan blob left behind: bucket=" + location.bucket() + " version="
                    + object.version() + " reason=" + e);
        }
    }
}
