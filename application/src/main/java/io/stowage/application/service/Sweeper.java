package io.stowage.application.service;

import io.stowage.application.port.in.SweepStorage;
import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.SweepLock;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.identity.Principal;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Drains the deletion queue, expires the intents of dead uploads (held by an instance that stopped
 * renewing its lease or released by their instance, whatever their age, or held by no instance and older
 * than the grace period) deleting their
 * blobs and partial writes, then reconciles each volume with the catalog (see
 * {@link Reconciler}). One instance at a time sweeps, under the {@link SweepLock}. A blob that cannot be
 * deleted stays tracked for the next sweep; every loop is bounded.
 */
public final class Sweeper implements SweepStorage {

    private static final Logger LOG = System.getLogger(Sweeper.class.getName());
    private static final int BATCH = 500;
    private static final int MAX_BATCHES = 200;

    private final BlobBookkeeping bookkeeping;
    private final BlobStore blobs;
    private final Reconciler reconciler;
    private final SweepLock lock;
    private final Clock clock;
    private final Settings settings;

    /**
     * @param grace how old an untracked blob, or an intent no instance holds, must be to count as dead
     * @param repairMetadata remove rows whose blob is missing (else only report them)
     * @param maxChecks the most blobs, and the most rows, the reconciliation looks at per volume and sweep
     * @param leaseTimeout how long an instance may go without renewing its heartbeat before its uploads count
     *     as dead: well above the heartbeat's interval
     */
    public record Settings(Duration grace, boolean repairMetadata, long maxChecks, Duration leaseTimeout) {

        public static final Duration DEFAULT_LEASE_TIMEOUT = Duration.ofSeconds(30);

        public Settings {
            if (grace.isNegative()) {
                throw new IllegalArgumentException("the grace period must not be negative");
            }
            if (maxChecks < 0) {
                throw new IllegalArgumentException("maxChecks must not be negative");
            }
            if (leaseTimeout.isNegative() || leaseTimeout.isZero()) {
                throw new IllegalArgumentException("the lease timeout must be positive");
            }
        }

        public Settings(Duration grace, boolean repairMetadata, long maxChecks) {
            this(grace, repairMetadata, maxChecks, DEFAULT_LEASE_TIMEOUT);
        }
    }

    public Sweeper(BlobBookkeeping bookkeeping, Volumes volumes, ObjectCatalog objects, SweepLock lock, Clock clock,
            Settings settings) {
        this.bookkeeping = bookkeeping;
        this.blobs = volumes;
        this.reconciler = new Reconciler(volumes, bookkeeping, objects);
        this.lock = lock;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public Report sweep() {
        Instant start = clock.instant();
        return lock.whileHeld(() -> run(start)).orElseGet(Report::skipped);
    }

    @Override
    public Report sweepAs(Principal caller) {
        if (!caller.isServiceRole()) {
            throw new AccessDenied("Only the service role may run a sweep");
        }
        return sweep();
    }

    private Report run(Instant start) {
        Tally queued = drain(limit -> bookkeeping.queuedDeletions(limit), location -> location, location -> {
            blobs.delete(location);
            bookkeeping.deletionDone(location.version());
        });
        Instant cutoff = start.minus(settings.grace());
        Tally expired = drain(limit -> bookkeeping.deadIntents(cutoff, settings.leaseTimeout(), limit),
                UploadIntent::location, intent -> {
                    blobs.discardPartial(intent.location(), intent.partialWrite());
                    blobs.delete(intent.location());
                    bookkeeping.forgetIntent(intent.location().version());
                });
        Reconciler.Findings found = reconciler.reconcile(cutoff, true, settings.repairMetadata(), settings.maxChecks());
        Report report = new Report(true, queued.done, expired.done, found.orphanBlobsDeleted(), found.rowsWithoutBlob(),
                found.rowsRemoved(), queued.failed + expired.failed + found.failures(),
                Duration.between(start, clock.instant()));
        LOG.log(Level.INFO, "sweep: " + report);
        return report;
    }

    /** Works through batches until one is empty or nothing in a batch could be done. */
    private <T> Tally drain(Function<Integer, List<T>> next, Function<T, BlobLocation> where, Step<T> step) {
        Tally tally = new Tally();
        for (int round = 0; round < MAX_BATCHES; round++) {
            List<T> batch = next.apply(BATCH);
            long doneBefore = tally.done;
            for (T item : batch) {
                try {
                    step.run(item);
                    tally.done++;
                } catch (RuntimeException e) {
                    tally.failed++;
                    BlobLocation location = where.apply(item);
                    LOG.log(Level.WARNING, "sweep could not delete blob: volume=" + location.volume() + " bucket="
                            + location.bucket() + " version=" + location.version() + " reason=" + e);
                }
            }
            if (batch.size() < BATCH || tally.done == doneBefore) {
                break;
            }
        }
        return tally;
    }

    @FunctionalInterface
    private interface Step<T> {
        void run(T item);
    }

    private static final class Tally {
        long done;
        long failed;
    }
}
