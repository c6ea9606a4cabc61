package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.archiveBlobOf;
import static io.stowage.application.service.ServiceHarness.blobOf;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.CheckConsistency;
import io.stowage.application.port.in.SweepStorage;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sweeper's reconciliation of each volume with the catalog: untracked blobs past the grace period
 * go, young ones stay; rows whose blob vanished are removed (or only reported); the start-up check counts.
 */
class ReconcileTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName docs = h.bucket("docs", AccessPolicy.PRIVATE);
    private final BucketName cold = h.archiveBucket("cold", AccessPolicy.PRIVATE);

    /** A blob written straight to a volume, as a crash before any bookkeeping would leave it. */
    private BlobLocation strayBlob(BlobLocation location) {
        h.volumes.put(location, new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        return location;
    }

    @Test
    void anUntrackedBlobOlderThanTheGraceIsDeletedAndAYoungOneIsKept() {
        BlobLocation old = strayBlob(new BlobLocation(ServiceHarness.ARCHIVE, cold, VersionId.random()));
        h.clock.advance(ServiceHarness.SWEEP_GRACE.plusMinutes(1));
        BlobLocation young = strayBlob(new BlobLocation(ServiceHarness.ARCHIVE, cold, VersionId.random()));
        StoredObject kept = h.upload(ALICE, docs, "kept.txt", "kept");

        SweepStorage.Report report = h.sweeper.sweep();

        assertEquals(1, report.orphanBlobsDeleted());
        assertFalse(h.archiveBlobs.contains(old));
        assertTrue(h.archiveBlobs.contains(young), "it may belong to a write in flight");
        assertTrue(h.blobs.contains(blobOf(kept)), "a blob with a row is never an orphan");
    }

    @Test
    void aRowWhoseBlobVanishedIsRemovedAndCounted() {
        StoredObject broken = h.upload(ALICE, cold, "broken.txt", "x");
        StoredObject fine = h.upload(ALICE, cold, "fine.txt", "y");
        h.archiveBlobs.delete(archiveBlobOf(broken));

        SweepStorage.Report report = h.sweeper.sweep();

        assertEquals(1, report.rowsWithoutBlob());
        assertEquals(1, report.rowsRemoved());
        assertEquals(Optional.empty(), h.objects.find(cold, key("broken.txt")));
        assertEquals(Optional.of(fine), h.objects.find(cold, key("fine.txt")));
    }

    @Test
    void withoutRepairABrokenRowIsOnlyReported() {
        Sweeper reporting = new Sweeper(h.bookkeeping, h.volumes, h.objects, h.sweepLock, h.clock,
                new Sweeper.Settings(ServiceHarness.SWEEP_GRACE, false, 100_000));
        StoredObject broken = h.upload(ALICE, docs, "broken.txt", "x");
        h.blobs.delete(blobOf(broken));

        SweepStorage.Report report = reporting.sweep();

        assertEquals(1, report.rowsWithoutBlob());
        assertEquals(0, report.rowsRemoved());
        assertEquals(Optional.of(broken), h.objects.find(docs, key("broken.txt")));
    }

    @Test
    void theStartupCheckCountsWithoutChangingAnythingAndSaysWhenItStoppedAtItsBound() {
        StartupConsistency check = new StartupConsistency(h.volumes, h.bookkeeping, h.objects, h.clock,
                ServiceHarness.SWEEP_GRACE, 2);
        assertEquals(Optional.empty(), check.startupResult());
        for (int i = 0; i < 3; i++) {
            h.upload(ALICE, docs, "f" + i, "x");
        }
        BlobLocation stray = strayBlob(new BlobLocation(ServiceHarness.ARCHIVE, cold, VersionId.random()));
        h.clock.advance(Duration.ofHours(2));

        CheckConsistency.Result result = check.run().orElseThrow();

        assertEquals(1, result.orphanBlobs());
        assertFalse(result.consistent());
        assertFalse(result.complete(), "3 rows on one volume and a bound of 2");
        assertTrue(h.archiveBlobs.contains(stray), "a check deletes nothing");
        assertEquals(Optional.of(result), check.startupResult());
    }
}
