package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.SweepStorage;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An upload in progress holds a lease through its instance's heartbeat: the sweeper removes the blob and
 * partial write of an upload whose instance stopped renewing, however young, and leaves one whose instance
 * is alive and still has the write in flight, however old. An intent a live instance holds but no write has
 * in flight (its upload ended while the database was down) is released at the instance's next renewal.
 */
class UploadLeaseTest {

    private static final Duration LEASE = Sweeper.Settings.DEFAULT_LEASE_TIMEOUT;

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName docs = h.bucket("docs", AccessPolicy.PRIVATE);
    /** The lease of instance "live", renewed as its heartbeat schedule would. */
    private final UploadLease live = new UploadLease(() -> h.bookkeeping.heartbeat("live"), h.bookkeeping, h.inFlight,
            h.clock);

    /** What instance {@code instance} leaves when killed in the middle of a put: intent, blob bytes, open partial write. */
    private BlobLocation crashedUpload(String instance, String key) {
        h.bookkeeping.actAs(instance);
        BlobLocation location = new BlobLocation(docs, VersionId.random());
        h.bookkeeping.recordIntent(new UploadIntent(location, docs, new ObjectKey(key), h.clock.instant()));
        h.bookkeeping.recordPartialWrite(location.version(), "partial-" + location.version());
        h.blobs.leavePartial(location, "partial-" + location.version());
        h.blobs.put(location, new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        return location;
    }

    @Test
    void anUploadWhoseInstanceStoppedRenewingIsSweptWhateverItsAgeWithItsPartialWrite() {
        BlobLocation dead = crashedUpload("killed", "big.bin");
        h.bookkeeping.actAs("restarted");

        h.clock.advance(LEASE.minusSeconds(1));
        h.bookkeeping.heartbeat("restarted");
        assertEquals(0, h.sweeper.sweep().staleIntentsExpired(), "within the lease the instance may still be alive");
        assertTrue(h.blobs.contains(dead));

        h.clock.advance(Duration.ofSeconds(2));
        h.bookkeeping.heartbeat("restarted");
        SweepStorage.Report report = h.sweeper.sweep();

        assertEquals(1, report.staleIntentsExpired(), "31 seconds old, far younger than the one-hour grace");
        assertFalse(h.blobs.contains(dead));
        assertEquals(Set.of(), h.blobs.openPartials(), "its partial write is aborted");
        assertEquals(List.of(), h.bookkeeping.intents());
    }

    @Test
    void anUploadHeldByAnInstanceNeverSeenIsDeadAtOnce() {
        h.bookkeeping.actAs("gone");
        BlobLocation location = new BlobLocation(docs, VersionId.random());
        h.bookkeeping.recordIntent(new UploadIntent(location, docs, new ObjectKey("a"), h.clock.instant()));
        h.bookkeeping.actAs("sweeper");
        h.clock.advance(LEASE.plusSeconds(1));
        h.bookkeeping.heartbeat("sweeper");

        assertEquals(1, h.sweeper.sweep().staleIntentsExpired());
    }

    @Test
    void aSlowUploadOnALiveInstanceIsNotTouchedHoweverManyLeasesOldAndThenCompletes() {
        h.bookkeeping.actAs("live");
        InputStream slow = new InputStream() {
            private int left = 3;

            @Override
            public int read() {
                if (left == 1) {
                    // 50 minutes (100 lease timeouts) of trickling, the instance renewing all along, then a sweep
                    for (int minute = 0; minute < 50; minute++) {
                        h.clock.advance(Duration.ofMinutes(1));
                        h.bookkeeping.heartbeat("live");
                    }
                    SweepStorage.Report report = h.sweeper.sweep();
                    assertEquals(0, report.staleIntentsExpired());
                    assertEquals(1, h.bookkeeping.intents().size(), "still tracked while the bytes arrive");
                    assertEquals(1, h.blobs.openPartials().size(), "its partial write stays open");
                }
                return left-- > 0 ? 'x' : -1;
            }
        };

        h.uploads.upload(ServiceHarness.command(ALICE, docs, "slow.txt", slow, OptionalLong.empty(), false));

        assertEquals("xxx", h.textOf(h.rows().get(0)));
        assertEquals(List.of(), h.bookkeeping.intents());
        assertEquals(Set.of(), h.blobs.openPartials());
    }

    @Test
    void theStoresPartialWriteIsRecordedWithTheIntentWhileThePutRuns() {
        h.bookkeeping.actAs("live");
        InputStream observed = new InputStream() {
            private int left = 2;

            @Override
            public int read() {
                UploadIntent intent = h.bookkeeping.intents().get(0);
                assertEquals(Optional.of("partial-" + intent.location().version()), intent.partialWrite());
                return left-- > 0 ? 'y' : -1;
            }
        };
        h.uploads.upload(ServiceHarness.command(ALICE, docs, "a.txt", observed, OptionalLong.empty(), false));
        assertEquals("yy", h.textOf(h.rows().get(0)));
    }

    @Test
    void anUploadWhoseCleanupFailedOnALiveInstanceIsReleasedAtTheNextRenewal() {
        h.bookkeeping.actAs("live");
        h.objects.failNextCommit(new StorageUnavailable("database down", null));
        h.blobs.failNextDelete(new StorageUnavailable("store down", null));
        assertThrows(StorageUnavailable.class, () -> h.upload(ALICE, docs, "a.txt", "x"));
        UploadIntent left = h.bookkeeping.intents().get(0);
        assertEquals(Optional.of("live"), h.bookkeeping.holderOf(left.location().version()));
        assertEquals(Set.of(), h.inFlight.snapshot(), "the write ended");
        live.renew();
        assertEquals(0, h.sweeper.sweep().staleIntentsExpired(), "younger than the settle time: not released yet");

        h.clock.advance(UploadLease.SETTLE.plusSeconds(1));
        live.renew();

        assertEquals(1, h.sweeper.sweep().staleIntentsExpired(), "released long before the one-hour grace");
        assertEquals(0, h.blobs.blobCount());
    }

    @Test
    void aTwoHourUploadOnALiveInstanceSurvivesEverySweepAndCompletes() {
        h.bookkeeping.actAs("live");
        InputStream slow = new InputStream() {
            private int left = 3;

            @Override
            public int read() {
                if (left == 1) {
                    // two hours (twice the grace) of trickling, renewing every 5 s and sweeping every minute
                    for (int minute = 0; minute < 120; minute++) {
                        for (int beat = 0; beat < 12; beat++) {
                            h.clock.advance(Duration.ofSeconds(5));
                            live.renew();
                        }
                        assertEquals(0, h.sweeper.sweep().staleIntentsExpired(), "minute " + minute);
                    }
                    assertEquals(1, h.bookkeeping.intents().size(), "still tracked while the bytes arrive");
                    assertEquals(1, h.inFlight.snapshot().size(), "in flight");
                }
                return left-- > 0 ? 'z' : -1;
            }
        };

        h.uploads.upload(ServiceHarness.command(ALICE, docs, "slow.txt", slow, OptionalLong.empty(), false));

        assertEquals("zzz", h.textOf(h.rows().get(0)));
        assertEquals(List.of(), h.bookkeeping.intents());
        assertEquals(Set.of(), h.inFlight.snapshot());
    }

    @Test
    void theLeaseTimeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new Sweeper.Settings(Duration.ofHours(1), true, 10, Duration.ZERO));
    }
}
