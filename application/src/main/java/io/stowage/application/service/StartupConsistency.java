package io.stowage.application.service;

import io.stowage.application.port.in.CheckConsistency;
import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.ObjectCatalog;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks at start-up that the volumes and the catalog match, changing nothing: every blob and every row
 * of a small store, the first {@code limit} of each per volume otherwise. Problems are logged and shown
 * by /health; the sweeper is what repairs them.
 */
public final class StartupConsistency implements CheckConsistency {

    private static final Logger LOG = System.getLogger(StartupConsistency.class.getName());

    private final Reconciler reconciler;
    private final Clock clock;
    private final Duration grace;
    private final long limit;
    private volatile Result result;

    public StartupConsistency(Volumes volumes, BlobBookkeeping bookkeeping, ObjectCatalog objects, Clock clock,
            Duration grace, long limit) {
        this.reconciler = new Reconciler(volumes, bookkeeping, objects);
        this.clock = clock;
        this.grace = grace;
        this.limit = limit;
    }

    /** Runs the check; a failure (a store down at start) is logged and leaves no result. */
    public Optional<Result> run() {
        try {
            Reconciler.Findings found = reconciler.reconcile(clock.instant().minus(grace), false, false, limit);
            result = new Result(found.blobsChecked(), found.orphanBlobs(), found.rowsChecked(), found.rowsWithoutBlob(),
                    found.complete());
            LOG.log(result.consistent() ? Level.INFO : Level.WARNING, "start-up consistency check: " + result);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "start-up consistency check could not run: " + e);
        }
        return startupResult();
    }

    @Override
    public Optional<Result> startupResult() {
        return Optional.ofNullable(result);
    }
}
