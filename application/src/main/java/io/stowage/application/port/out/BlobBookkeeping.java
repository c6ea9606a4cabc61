package io.stowage.application.port.out;

import io.stowage.domain.value.VersionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The record of blobs that exist, or may exist, without an object row pointing to them: upload intents
 * (a blob being written) and the deletion queue (a blob no row needs any more). With the object rows they
 * account for every blob, so a crash at any moment leaves nothing the sweeper cannot find. The object
 * catalog's commits drop intents and queue deletions in the same transaction as the row change.
 */
public interface BlobBookkeeping {

    /** Records {@code intent} as held by this instance, which keeps it alive while its heartbeat goes on. */
    void recordIntent(UploadIntent intent);

    /** Notes the partial write the store named for the intent of {@code version}; a missing intent is no error. */
    void recordPartialWrite(VersionId version, String partialWriteId);

    /**
     * Intents of dead uploads, oldest first: held by an instance that has not renewed its heartbeat for
     * {@code leaseTimeout} (measured by the database's clock, whatever the instances' clocks say) or that is
     * unknown, or released by their instance ({@link #releaseIntents}), whatever their age; and an intent no
     * instance holds (recorded before leases) that started before {@code graceCutoff}. An intent a live
     * instance holds and has not released is never dead, however old: its upload is still running.
     */
    List<UploadIntent> deadIntents(Instant graceCutoff, Duration leaseTimeout, int limit);

    /**
     * Releases the intents this instance holds that are not in {@code inFlight} and started before
     * {@code startedBefore}: their writes ended without dropping them (the database was down at that moment),
     * so they count as dead from now on and the sweeper removes their blobs at its next run.
     */
    void releaseIntents(Set<VersionId> inFlight, Instant startedBefore);

    /** Drops the intent once its blob is gone; dropping a missing intent is no error. */
    void forgetIntent(VersionId version);

    /** Intents older than {@code cutoff}, oldest first: uploads that crashed or hung. */
    List<UploadIntent> intentsStartedBefore(Instant cutoff, int limit);

    /** Queues a blob for deletion (a compensation that could not delete it right away). */
    void queueDeletion(BlobLocation location, Instant queuedAt);

    /** Queued blobs, oldest first. */
    List<BlobLocation> queuedDeletions(int limit);

    /** Takes a blob off the queue once it is deleted; a blob not queued is no error. */
    void deletionDone(VersionId version);

    /** Those of {@code versions} that something accounts for: an object row, an upload intent or the queue. */
    Set<VersionId> tracked(Collection<VersionId> versions);
}
