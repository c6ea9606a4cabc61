package io.stowage.application.service;

import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Holds each volume against the catalog: a blob that no row, intent or queue entry accounts for and that
 * is older than the cutoff is an orphan; a row whose blob is gone is a broken object. The sweeper deletes
 * orphans and (when allowed) removes broken rows; the start-up check only counts them.
 */
final class Reconciler {

    /** What one pass found and did; {@code complete} is false when a bound stopped it early. */
    record Findings(long blobsChecked, long orphanBlobs, long orphanBlobsDeleted, long rowsChecked,
            long rowsWithoutBlob, long rowsRemoved, long failures, boolean complete) {

        static final Findings NONE = new Findings(0, 0, 0, 0, 0, 0, 0, true);

        Findings plus(Findings other) {
            return new Findings(blobsChecked + other.blobsChecked, orphanBlobs + other.orphanBlobs,
                    orphanBlobsDeleted + other.orphanBlobsDeleted, rowsChecked + other.rowsChecked,
                    rowsWithoutBlob + other.rowsWithoutBlob, rowsRemoved + other.rowsRemoved,
                    failures + other.failures, complete && other.complete);
        }
    }

    private static final Logger LOG = System.getLogger(Reconciler.class.getName());
    private static final int BATCH = 500;

    private final Volumes volumes;
    private final BlobBookkeeping bookkeeping;
    private final ObjectCatalog objects;

    Reconciler(Volumes volumes, BlobBookkeeping bookkeeping, ObjectCatalog objects) {
        this.volumes = volumes;
        this.bookkeeping = bookkeeping;
        this.objects = objects;
    }

    /**
     * @param cutoff only blobs written before it can be orphans (younger ones may belong to a write in flight)
     * @param act delete orphans and remove broken rows (false: count only)
     * @param repairRows remove rows whose blob is missing (only when {@code act})
     * @param limit the most blobs, and the most rows, looked at per volume
     */
    Findings reconcile(Instant cutoff, boolean act, boolean repairRows, long limit) {
        Findings total = Findings.NONE;
        for (VolumeName volume : volumes.names()) {
            total = total.plus(blobs(volume, cutoff, act, limit)).plus(rows(volume, act && repairRows, limit));
        }
        return total;
    }

    private Findings blobs(VolumeName volume, Instant cutoff, boolean act, long limit) {
        Tally tally = new Tally();
        List<StoredBlob> batch = new ArrayList<>();
        boolean[] complete = {true};
        volumes.forEachBlob(volume, blob -> {
            if (tally.checked >= limit) {
                complete[0] = false;
                return false;
            }
            tally.checked++;
            batch.add(blob);
            if (batch.size() == BATCH) {
                judge(batch, cutoff, act, tally);
            }
            return true;
        });
        judge(batch, cutoff, act, tally);
        return new Findings(tally.checked, tally.found, tally.fixed, 0, 0, 0, tally.failed, complete[0]);
    }

    private void judge(List<StoredBlob> batch, Instant cutoff, boolean act, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        Set<VersionId> tracked = bookkeeping.tracked(batch.stream().map(blob -> blob.location().version()).toList());
        for (StoredBlob blob : batch) {
            if (tracked.contains(blob.location().version()) || !blob.modifiedAt().isBefore(cutoff)) {
                continue;
            }
            tally.found++;
            BlobLocation location = blob.location();
            LOG.log(Level.WARNING, "orphan blob (no row, intent or queue entry): volume=" + location.volume()
                    + " bucket=" + location.bucket() + " version=" + location.version());
            if (act) {
                try {
                    volumes.delete(location);
                    tally.fixed++;
                } catch (RuntimeException e) {
                    tally.failed++;
                }
            }
        }
        batch.clear();
    }

    private Findings rows(VolumeName volume, boolean repair, long limit) {
        Tally tally = new Tally();
        Optional<VersionId> after = Optional.empty();
        while (true) {
            int want = (int) Math.min(BATCH, limit - tally.checked);
            if (want <= 0) {
                return new Findings(0, 0, 0, tally.checked, tally.found, tally.fixed, 0, false);
            }
            List<StoredObject> page = objects.objectsOnVolume(volume, after, want);
            for (StoredObject object : page) {
                tally.checked++;
                BlobLocation location = new BlobLocation(volume, object.blobBucket(), object.version());
                if (volumes.exists(location)) {
                    continue;
                }
                tally.found++;
                LOG.log(Level.WARNING, "object without its blob: bucket=" + object.bucket() + " key=" + object.key()
                        + " version=" + object.version() + " volume=" + volume + (repair ? "; removing the row" : ""));
                // conditional on the version: a row that changed meanwhile is left alone
                if (repair && objects.remove(object)) {
                    tally.fixed++;
                }
            }
            if (page.size() < want) {
                return new Findings(0, 0, 0, tally.checked, tally.found, tally.fixed, 0, true);
            }
            after = Optional.of(page.get(page.size() - 1).version());
        }
    }

    private static final class Tally {
        long checked;
        long found;
        long fixed;
        long failed;
    }
}
