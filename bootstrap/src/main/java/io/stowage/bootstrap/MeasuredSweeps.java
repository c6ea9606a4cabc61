package io.stowage.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.stowage.application.port.in.SweepStorage;
import io.stowage.domain.identity.Principal;

/**
 * Counts what each sweep found and removed ({@code stowage_sweep_blobs_deleted_total{category}},
 * {@code stowage_sweep_failures_total}) and times the sweeps that ran ({@code stowage_sweep_seconds}).
 */
final class MeasuredSweeps implements SweepStorage {

    private final SweepStorage sweeper;
    private final Counter queued;
    private final Counter stale;
    private final Counter failures;
    private final Timer duration;

    MeasuredSweeps(SweepStorage sweeper, MeterRegistry registry) {
        this.sweeper = sweeper;
        this.queued = Counter.builder("stowage.sweep.blobs.deleted").tag("category", "queued")
                .description("Blobs deleted by sweeps, per category").register(registry);
        this.stale = Counter.builder("stowage.sweep.blobs.deleted").tag("category", "stale_intent")
                .description("Blobs deleted by sweeps, per category").register(registry);
        this.failures = Counter.builder("stowage.sweep.failures")
                .description("Blobs a sweep could not delete (tracked for the next one)").register(registry);
        this.duration = Timer.builder("stowage.sweep").description("Sweeps that ran").register(registry);
    }

    @Override
    public Report sweep() {
        return record(sweeper.sweep());
    }

    @Override
    public Report sweepAs(Principal caller) {
        return record(sweeper.sweepAs(caller));
    }

    private Report record(Report report) {
        if (report.ran()) {
            queued.increment(report.queuedBlobsDeleted());
            stale.increment(report.staleIntentsExpired());
            failures.increment(report.failures());
            duration.record(report.took());
        }
        return report;
    }
}
