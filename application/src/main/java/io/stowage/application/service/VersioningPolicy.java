package io.stowage.application.service;

import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.object.StoredObject;

/**
 * What happens to the version a write superseded, once the commit took effect. The catalog has already
 * queued its blob for deletion in the commit's transaction (so a crash now loses nothing); the default
 * policy deletes it at once and takes it off the queue. A versioned bucket will keep it instead.
 */
@FunctionalInterface
public interface VersioningPolicy {

    void superseded(Bucket holder, StoredObject previous);

    /** Deletes the superseded blob now; a failed delete stays queued for the sweeper. */
    static VersioningPolicy discard(ObjectRemoval removal) {
        return removal::discardBlob;
    }
}
