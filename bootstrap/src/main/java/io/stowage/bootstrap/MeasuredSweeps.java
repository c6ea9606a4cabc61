package io.stowage.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.stowage.application.port.in.SweepStorage;
import io.stowage.domain.identity.Principal;

/**
 * Counts what each sweep found and removed ({@code stowage_sweep_blobs_deleted_total{category}} with
 * category queued, stale_intent or orphan, {@code stowage_sweep_rows_without_blob_total},
 * {@code stowage_sweep_rows_removed_total}, {@code stowage_sweep_failures_total}) and times the sweeps
 * that ran ({@code stowage_sweep_seconds}).
 */
final class MeasuredSweeps implements SweepStorage {

    private final SweepStorage sweeper;
    private final Counter queued;
    private final Counter stale;
    private final Counter orphans;
    private final Counter rowsWithoutBlob;
    private final Counter rowsRemoved;
    private final Counter failures;
    private final Timer duration;

    MeasuredSweeps(SweepStorage sweeper, MeterRegistry registry) {
        this.sweeper = sweeper;
        this.queued = Counter.builder("stowage.sweep.blobs.deleted").tag("category", "queued")
                .description("Blobs deleted by sweeps, per category").register(registry);
        this.stale = Counter.builder("stowage.sweep.blobs.deleted").tag("category", "stale_intent")
                .description("Blobs deleted by sweeps, per category").register(registry);
        this.orphans = Counter.builder("stowage.sweep.blobs.deleted").tag("category", "orphan")
                .description("Blobs deleted by sweeps, per category").register(registry);
        this.rowsWithoutBlob = Counter.builder("stowage.sweep.rows.without.blob")
                .description("Objects found whose blob is missing").register(registry);
        this.rowsRemoved = Counter.builder("stowage.sweep.rows.removed")
                .description("Objects removed because their blob is missing").register(registry);
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
            orphans.increment(report.orphanBlobsDeleted());
            rowsWithoutBlob.increment(report.rowsWithoutBlob());
            rowsRemoved.increment(report.rowsRemoved());
            failures.increment(report.failures());
            duration.record(report.took());
        }
        return report;
    }
}
