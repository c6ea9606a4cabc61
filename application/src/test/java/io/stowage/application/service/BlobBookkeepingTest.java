package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.archiveBlobOf;
import static io.stowage.application.service.ServiceHarness.blobOf;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.ObjectTransfer;
import io.stowage.application.port.in.SweepStorage;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.object.StoredObject;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Every blob without a row is tracked: an upload intent while it is written, the deletion queue once no
 * row needs it; the sweeper deletes what a failure or a crash left under either.
 */
class BlobBookkeepingTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName docs = h.bucket("docs", AccessPolicy.PRIVATE);

    private void assertNothingTracked() {
        assertEquals(List.of(), h.bookkeeping.intents());
        assertEquals(List.of(), h.bookkeeping.queued());
    }

    @Test
    void aCommittedUploadLeavesNoIntentAndAReplacedVersionLeavesNoQueueEntry() {
        h.upload(ALICE, docs, "a.txt", "one");
        h.upsert(ALICE, docs, "a.txt", "two");
        assertNothingTracked();
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void aPutThatFailsLeavesNeitherBlobNorIntent() {
        h.blobs.failNextPut(new StorageUnavailable("disk gone", null));
        assertThrows(StorageUnavailable.class, () -> h.upload(ALICE, docs, "a.txt", "x"));
        assertNothingTracked();
        assertEquals(0, h.blobs.blobCount());
    }

    @Test
    void anUploadWhoseIntentCannotBeRecordedWritesNothing() {
        StorageUnavailable down = new StorageUnavailable("database down", null);
        h.bookkeeping.failNextRecord(down);
        assertSame(down, assertThrows(StorageUnavailable.class, () -> h.upload(ALICE, docs, "a.txt", "x")));
        assertEquals(0, h.blobs.blobCount());
        assertTrue(h.rows().isEmpty());
    }

    @Test
    void aBlobTheCompensationCouldNotDeleteStaysUnderItsIntentUntilTheSweepAfterTheGrace() {
        h.objects.failNextCommit(new StorageUnavailable("database down", null));
        h.blobs.failNextDelete(new StorageUnavailable("store down", null));
        assertThrows(StorageUnavailable.class, () -> h.upload(ALICE, docs, "a.txt", "x"));
        assertEquals(1, h.blobs.blobCount());
        assertEquals(1, h.bookkeeping.intents().size());

        assertEquals(0, h.sweeper.sweep().staleIntentsExpired(), "a young intent may be an upload in flight");
        assertEquals(1, h.blobs.blobCount());

        h.clock.advance(ServiceHarness.SWEEP_GRACE.plusSeconds(1));
        SweepStorage.Report report = h.sweeper.sweep();

        assertEquals(1, report.staleIntentsExpired());
        assertEquals(0, h.blobs.blobCount());
        assertNothingTracked();
    }

    @Test
    void aBlobWhoseDeletionFailedStaysQueuedAndTheNextSweepDeletesIt() {
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "x");
        h.blobs.failNextDelete(new StorageUnavailable("store down", null));
        h.deletes.deleteObject(ALICE, docs, key("a.txt"));
        assertEquals(List.of(blobOf(stored)), h.bookkeeping.queued());
        assertTrue(h.blobs.contains(blobOf(stored)));

        SweepStorage.Report report = h.sweeper.sweep();

        assertTrue(report.ran());
        assertEquals(1, report.queuedBlobsDeleted());
        assertEquals(0, report.failures());
        assertFalse(h.blobs.contains(blobOf(stored)));
        assertNothingTracked();
    }

    @Test
    void aSweepThatStillCannotDeleteCountsTheFailureAndKeepsTracking() {
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "x");
        h.blobs.failNextDelete(new StorageUnavailable("store down", null));
        h.upsert(ALICE, docs, "a.txt", "y");
        h.blobs.failNextDelete(new StorageUnavailable("store still down", null));

        SweepStorage.Report report = h.sweeper.sweep();

        assertEquals(1, report.failures());
        assertEquals(List.of(blobOf(stored)), h.bookkeeping.queued());
        assertEquals(1, h.sweeper.sweep().queuedBlobsDeleted());
        assertNothingTracked();
    }

    @Test
    void onlyOneInstanceSweepsAtATime() {
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "x");
        h.blobs.failNextDelete(new StorageUnavailable("store down", null));
        h.deletes.deleteObject(ALICE, docs, key("a.txt"));
        h.sweepLock.holdElsewhere(true);

        assertEquals(SweepStorage.Report.skipped(), h.sweeper.sweep());
        assertTrue(h.blobs.contains(blobOf(stored)));

        h.sweepLock.holdElsewhere(false);
        assertEquals(1, h.sweeper.sweep().queuedBlobsDeleted());
    }

    @Test
    void aMoveAcrossVolumesTracksTheCopyUntilTheRowMovesAndThenTheSource() {
        BucketName cold = h.archiveBucket("cold", AccessPolicy.PRIVATE);
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "x");
        h.blobs.failNextDelete(new StorageUnavailable("store down", null));

        StoredObject moved = h.moves.move(new ObjectTransfer(ALICE, docs, key("a.txt"), cold, key("a.txt")))
                .object();

        assertEquals(List.of(), h.bookkeeping.intents(), "the copy became the object");
        assertEquals(List.of(blobOf(stored)), h.bookkeeping.queued(), "the source blob awaits the sweeper");
        assertTrue(h.archiveBlobs.contains(archiveBlobOf(moved)));
        assertEquals(1, h.sweeper.sweep().queuedBlobsDeleted());
        assertEquals(0, h.blobs.blobCount());
    }

    @Test
    void anEmptiedBucketLeavesNothingTracked() {
        for (int i = 0; i < 3; i++) {
            h.upload(ALICE, docs, "f" + i, "x");
        }
        h.bucketService.emptyBucket(ALICE, docs);
        assertNothingTracked();
        assertEquals(0, h.blobs.blobCount());
    }

    @Test
    void onlyTheServiceRoleMaySweepOnDemand() {
        assertThrows(io.stowage.domain.error.AccessDenied.class, () -> h.sweeper.sweepAs(ALICE));
        assertThrows(io.stowage.domain.error.AccessDenied.class, () -> h.sweeper.sweepAs(ServiceHarness.ANON));
        assertTrue(h.sweeper.sweepAs(ServiceHarness.SERVICE).ran());
    }

    @Test
    void theGraceMustNotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Sweeper.Settings(Duration.ofSeconds(-1), true, 10));
    }

    @Test
    void anUploadInFlightKeepsItsIntentAndASweepDuringItLeavesItAlone() {
        h.uploads.upload(ServiceHarness.command(ALICE, docs, "slow.txt", new java.io.InputStream() {
            private int left = 3;

            @Override
            public int read() {
                if (left == 1) {
                    assertEquals(1, h.bookkeeping.intents().size(), "tracked while the bytes arrive");
                    assertEquals(0, h.sweeper.sweep().staleIntentsExpired());
                }
                return left-- > 0 ? 'x' : -1;
            }
        }, OptionalLong.empty(), false));
        assertNothingTracked();
        assertEquals("xxx", h.textOf(h.rows().get(0)));
    }
}
