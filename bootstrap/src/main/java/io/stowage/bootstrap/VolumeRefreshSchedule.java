package io.stowage.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.stowage.application.service.VolumeAdminService;
import io.stowage.domain.bucket.VolumeName;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every {@code stowage.volumes-refresh} (5s), reads the volumes table so that a volume created, changed or
 * deleted through another instance is routed here without a restart. Problems are logged once per change.
 */
@Context
@Bean(preDestroy = "stop")
final class VolumeRefreshSchedule {

    private static final Logger LOG = System.getLogger(VolumeRefreshSchedule.class.getName());

    private final VolumeAdminService volumes;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "stowage-volume-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private String lastProblem = "";

    VolumeRefreshSchedule(VolumeAdminService volumes, @Value("${stowage.volumes-refresh:5s}") Duration every) {
        this.volumes = volumes;
        timer.scheduleWithFixedDelay(this::refresh, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        String problem;
        try {
            Set<VolumeName> failed = volumes.refresh();
            problem = failed.isEmpty() ? "" : "volume(s) " + failed + " of the volumes table cannot be opened here";
        } catch (RuntimeException e) {
            problem = "the volumes table cannot be read: " + e.getMessage();
        }
        if (!problem.equals(lastProblem)) {
            LOG.log(problem.isEmpty() ? Level.INFO : Level.WARNING, problem.isEmpty() ? "volumes refreshed again" : problem);
            lastProblem = problem;
        }
    }

    void stop() {
        timer.shutdownNow();
    }
}
