package io.stowage.bootstrap;

import io.micronaut.scheduling.annotation.Scheduled;
import io.stowage.application.port.in.SweepStorage;
import jakarta.inject.Singleton;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Sweeps every {@code stowage.cleanup.interval} (default 1 hour), first a minute after start. Instances
 * sharing a database take turns through the sweep lock; a failed sweep is logged and retried next time.
 */
@Singleton
class SweepSchedule {

    private static final Logger LOG = System.getLogger(SweepSchedule.class.getName());

    private final SweepStorage sweeper;

    SweepSchedule(SweepStorage sweeper) {
        this.sweeper = sweeper;
    }

    @Scheduled(fixedDelay = "${stowage.cleanup.interval:1h}", initialDelay = "${stowage.cleanup.initial-delay:1m}")
    void sweep() {
        try {
            sweeper.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled sweep failed, retrying at the next interval: " + e);
        }
    }
}
