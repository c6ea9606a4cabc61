package io.stowage.application.service;

import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.object.StoredObject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Removes objects in the one safe order: the row first (which queues its blob for deletion in the same
 * transaction), then the blob, then its queue entry. A failed blob deletion leaves an
 * orphan blob (logged, swept later), never a row without its blob.
 */
public final class ObjectRemoval {

    private static final Logger LOG = System.getLogger(ObjectRemoval.class.getName());
    private static final int BATCH = 500;

    private final ObjectCatalog objects;
    private final BlobStore blobs;
    private final BlobBookkeeping bookkeeping;

    public ObjectRemoval(ObjectCatalog objects, BlobStore blobs, BlobBookkeeping bookkeeping) {
        this.objects = objects;
        this.blobs = blobs;
        this.bookkeeping = bookkeeping;
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

    /**
     * Deletes the blob of a version of {@code holder}'s that no row points to any more, which the catalog
     * queued when the row went; on failure it stays queued for the sweeper.
     */
    public void discardBlob(Bucket holder, StoredObject object) {
        BlobLocation location = BlobLocation.of(holder, object);
        try {
            blobs.delete(location);
            bookkeeping.deletionDone(location.version());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "blob left in the deletion queue for the sweeper: volume=" + location.volume()
                    + " bucket=" + location.bucket() + " version=" + object.version() + " reason=" + e);
        }
    }
}
