package io.stowage.application.port.in;

import io.stowage.domain.identity.Principal;
import java.time.Duration;

/** Cleans up what crashes and failed deletions left behind: queued blobs and stale upload intents. */
public interface SweepStorage {

    /**
     * What one sweep did, per category.
     *
     * @param ran false when another instance was sweeping (nothing was done here)
     * @param queuedBlobsDeleted blobs from the deletion queue now deleted
     * @param staleIntentsExpired upload intents older than the grace period whose blobs are now deleted
     * @param orphanBlobsDeleted blobs nothing accounted for (no row, intent or queue entry), now deleted
     * @param rowsWithoutBlob objects found whose blob is missing
     * @param rowsRemoved of those, the rows removed ({@code stowage.cleanup.repair-metadata})
     * @param failures blobs that could not be deleted this time; they are tried again at the next sweep
     */
    record Report(boolean ran, long queuedBlobsDeleted, long staleIntentsExpired, long orphanBlobsDeleted,
            long rowsWithoutBlob, long rowsRemoved, long failures, Duration took) {

        public static Report skipped() {
            return new Report(false, 0, 0, 0, 0, 0, 0, Duration.ZERO);
        }
    }

    /** Sweeps now, for the scheduler. */
    Report sweep();

    /**
     * Sweeps now, for an operator.
     *
     * @throws io.stowage.domain.error.AccessDenied unless the caller is the service role
     */
    Report sweepAs(Principal caller);
}
