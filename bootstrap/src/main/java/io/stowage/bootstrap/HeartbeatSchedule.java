package io.stowage.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.stowage.application.service.UploadLease;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Renews this instance's heartbeat from start to stop, on its own thread so that a busy scheduler cannot
 * delay it: the uploads this instance streams stay leased while it beats, and the intents it holds that no
 * write has in flight any more are released to the sweeper ({@link UploadLease}). A failed beat is logged once
 * per change of state (lost, back), not at every try.
 */
@Context
@Bean(preDestroy = "stop")
final class HeartbeatSchedule {

    private static final Logger LOG = System.getLogger(HeartbeatSchedule.class.getName());

    private final UploadLease lease;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "stowage-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private boolean failing;

    HeartbeatSchedule(UploadLease lease, LeaseTimeout timeout) {
        this.lease = lease;
        long every = timeout.heartbeatInterval().toMillis();
        timer.scheduleWithFixedDelay(this::beat, 0, every, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            lease.renew();
            if (failing) {
                failing = false;
                LOG.log(Level.WARNING, "instance heartbeat renewed again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "instance heartbeat could not be renewed, retrying: " + e.getMessage());
            }
        }
    }

    void stop() {
        timer.shutdownNow();
    }
}
