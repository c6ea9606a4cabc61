package io.stowage.bootstrap;

import io.micronaut.scheduling.annotation.Scheduled;
import io.stowage.application.port.in.PruneEvents;
import io.stowage.application.port.in.UploadResumably;
import io.stowage.application.port.in.SweepStorage;
import jakarta.inject.Singleton;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Sweeps every {@code stowage.cleanup.interval} (default 1 hour), first a minute after start, then drops
 * events older than {@code stowage.events.retention}. Instances sharing a database take turns through the
 * sweep lock; a failed run is logged and retried next time.
 */
@Singleton
class SweepSchedule {

    private static final Logger LOG = System.getLogger(SweepSchedule.class.getName());

    private final SweepStorage sweeper;
    private final PruneEvents pruneEvents;
    private final UploadResumably resumable;

    SweepSchedule(SweepStorage sweeper, PruneEvents pruneEvents, UploadResumably resumable) {
        this.sweeper = sweeper;
        this.pruneEvents = pruneEvents;
        this.resumable = resumable;
    }

    @Scheduled(fixedDelay = "${stowage.cleanup.interval:1h}", initialDelay = "${stowage.cleanup.initial-delay:1m}")
    void sweep() {
        try {
            sweeper.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled sweep failed, retrying at the next interval: " + e);
        }
        try {
            // expired resumable uploads' staged chunks (stowage.resumable.expiry)
            long pruned = resumable.pruneExpired();
            if (pruned > 0) {
                LOG.log(Level.INFO, "sweep: expired resumable uploads removed: " + pruned);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "pruning expired resumable uploads failed, retrying at the next interval: " + e);
        }
        try {
            pruneEvents.prune();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "pruning expired events failed, retrying at the next interval: " + e);
        }
    }
}
