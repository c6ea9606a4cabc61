package io.stowage.application.service;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.domain.bucket.Bucket;
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
    public boolean remove(Bucket holder, StoredObject object) {
        if (!objects.remove(object)) {
            return false;
        }
        discardBlob(holder, object);
        return true;
    }

    public long removeAll(Bucket bucket) {
        long removed = 0;
        List<StoredObject> batch;
        do {
            batch = objects.removeBatch(bucket.name(), BATCH);
            batch.forEach(object -> discardBlob(bucket, object));
            removed += batch.size();
        } while (batch.size() == BATCH);
        return removed;
    }

    /** Deletes the blob of a version of {@code holder}'s that no row points to any more. */
    public void discardBlob(Bucket holder, StoredObject object) {
        BlobLocation location = BlobLocation.of(holder, object);
        try {
            blobs.delete(location);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "orphan blob left behind: volume=" + location.volume() + " bucket="
                    + location.bucket() + " version=" + object.version() + " reason=" + e);
        }
    }
}
