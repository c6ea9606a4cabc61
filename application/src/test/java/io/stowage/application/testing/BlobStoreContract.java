package io.stowage.application.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link BlobStore} must do, run by each implementation's test (in-memory, filesystem, S3).
 * Payloads come from {@link GeneratedBytes}, so no test ever holds a large blob in memory.
 */
public abstract class BlobStoreContract {

    protected static final long MIB = 1024 * 1024;
    private static final long GENEROUS_LIMIT = 200 * MIB;
    private static final BucketName BUCKET = new BucketName("contract-blobs");

    /** The store under test; tests only use fresh locations, so it may be shared between tests. */
    protected abstract BlobStore store();

    /**
     * Makes the large round trip 100 MiB, worth its time for stores that write to real storage; the
     * others (in memory) run it with 16 MiB.
     */
    protected boolean runsHundredMebibyteRoundTrip() {
        return false;
    }

    protected static BlobLocation freshLocation() {
        return new BlobLocation(BUCKET, VersionId.random());
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(longs = {0, 1, MIB, 5 * MIB})
    public void aBlobReadsBackWithTheSizeAndDigestMeasuredWhileWriting(long size) throws IOException {
        assertRoundTrip(size, size + 11);
    }

    @Test
    public void aLargeBlobReadsBackIntact() throws IOException {
        assertRoundTrip(runsHundredMebibyteRoundTrip() ? 100 * MIB : 16 * MIB, 100);
    }

    @Test
    public void anyRangeStreamsExactlyItsBytes() throws IOException {
        long size = MIB + 123;
        BlobLocation location = freshLocation();
        store().put(location, new GeneratedBytes(7, size), GENEROUS_LIMIT);
        try (BlobContent content = store().open(location)) {
            assertRange(content, 7, 0, 1);
            assertRange(content, 7, size - 1, 1);
            assertRange(content, 7, 65_000, 200_000);
            assertRange(content, 7, size - 70_000, 70_000);
            assertRange(content, 7, size / 2, 0);
            assertRange(content, 7, size, 0);
            assertEquals(GeneratedBytes.sha256(7, size), digestOf(content.stream(0, size)));
        }
    }

    @Test
    public void twoRangesOfOneOpenedBlobStreamIndependently() throws IOException {
        BlobLocation location = freshLocation();
        store().put(location, new GeneratedBytes(8, 300_000), GENEROUS_LIMIT);
        try (BlobContent content = store().open(location);
                InputStream head = content.stream(0, 100_000);
                InputStream tail = content.stream(200_000, 100_000)) {
            for (long offset = 0; offset < 100_000; offset += 10_000) {
                assertArrayEquals(GeneratedBytes.slice(8, offset, 10_000), head.readNBytes(10_000));
                assertArrayEquals(GeneratedBytes.slice(8, 200_000 + offset, 10_000), tail.readNBytes(10_000));
            }
            assertEquals(-1, head.read());
            assertEquals(-1, tail.read());
        }
    }

    @Test
    public void aNewVersionElsewhereLeavesTheOldOneIntact() throws IOException {
        BlobLocation old = freshLocation();
        BlobLocation next = new BlobLocation(BUCKET, VersionId.random());
        store().put(old, new GeneratedBytes(1, 256 * 1024), GENEROUS_LIMIT);
        store().put(next, new GeneratedBytes(2, 300_000), GENEROUS_LIMIT);

        assertStored(old, 1, 256 * 1024);
        assertStored(next, 2, 300_000);
        store().delete(next);
        assertFalse(store().exists(next));
        assertStored(old, 1, 256 * 1024);
    }

    @Test
    public void deletingIsIdempotentAndAMissingBlobIsNoError() throws IOException {
        assertDoesNotThrow(() -> store().delete(freshLocation()));

        BlobLocation location = freshLocation();
        store().put(location, new GeneratedBytes(3, 1000), GENEROUS_LIMIT);
        store().delete(location);
        assertDoesNotThrow(() -> store().delete(location));
        assertFalse(store().exists(location));
        assertThrows(BlobMissing.class, () -> store().open(location));
    }

    @Test
    public void discardingPartialsOfAFinishedOrUnknownBlobLeavesEverythingAsItWas() throws IOException {
        BlobLocation location = freshLocation();
        store().put(location, new GeneratedBytes(5, 1000), 1000);

        store().discardPartial(location);
        store().discardPartial(freshLocation());

        assertStored(location, 5, 1000);
    }

    @Test
    public void aListingNamesEveryFinishedBlobOnTheVolumeAndStopsWhenAsked() {
        BlobLocation first = freshLocation();
        BlobLocation second = new BlobLocation(new BucketName("other-bucket"), VersionId.random());
        store().put(first, new GeneratedBytes(1, 10), 10);
        store().put(second, new GeneratedBytes(2, 0), 10);
        store().delete(second);
        BlobLocation third = new BlobLocation(new BucketName("other-bucket"), VersionId.random());
        store().put(third, new GeneratedBytes(3, 5), 10);

        Set<BlobLocation> listed = new HashSet<>();
        store().forEachBlob(VolumeName.DEFAULT, blob -> {
            assertTrue(blob.modifiedAt().isAfter(Instant.EPOCH.minusSeconds(1)));
            return listed.add(blob.location());
        });
        assertTrue(listed.containsAll(Set.of(first, third)), "listed " + listed);
        assertFalse(listed.contains(second), "a deleted blob is not listed");

        int[] visits = {0};
        store().forEachBlob(VolumeName.DEFAULT, blob -> ++visits[0] < 1);
        assertEquals(1, visits[0], "the walk stops at the first false");
    }

    @Test
    public void openingAMissingBlobThrowsBlobMissing() {
        BlobLocation location = freshLocation();
        assertFalse(store().exists(location));
        assertThrows(BlobMissing.class, () -> store().open(location));
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(longs = {0, 1000, 3 * 65_536 + 5})
    public void exactlyTheLimitIsAccepted(long limit) throws IOException {
        BlobLocation location = freshLocation();
        BlobWritten written = store().put(location, new GeneratedBytes(4, limit), limit);
        assertEquals(limit, written.size());
        assertStored(location, 4, limit);
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(longs = {0, 1000, 3 * 65_536 + 5})
    public void oneByteOverTheLimitIsRefusedAndKeepsNothing(long limit) {
        BlobLocation location = freshLocation();
        PayloadTooLarge refused = assertThrows(PayloadTooLarge.class,
                () -> store().put(location, new GeneratedBytes(5, limit + 1), limit));
        assertEquals(limit, refused.limitBytes());
        assertNothingAt(location);
    }

    @Test
    public void anUploadBrokenMidwayIsAnInvalidRequestAndKeepsNothing() {
        BlobLocation location = freshLocation();
        InputStream broken = new BreaksAfter(new GeneratedBytes(6, 10 * MIB), 300_000, new IOException("reset by peer"));
        assertThrows(InvalidRequest.class, () -> store().put(location, broken, GENEROUS_LIMIT));
        assertNothingAt(location);
    }

    @Test
    public void aFailureRaisedByTheSourceComesOutUnchangedAndKeepsNothing() {
        BlobLocation location = freshLocation();
        StorageException upstream = new StorageUnavailable("upstream gave up", null);
        InputStream failing = new BreaksAfter(new GeneratedBytes(6, 10 * MIB), 300_000, upstream);
        StorageException thrown = assertThrows(StorageException.class,
                () -> store().put(location, failing, GENEROUS_LIMIT));
        assertSame(upstream, thrown);
        assertNothingAt(location);
    }

    @Test
    public void concurrentPutsAllLandIntact() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<BlobWritten>> results = new ArrayList<>();
            List<BlobLocation> locations = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                long seed = 1000 + writer;
                BlobLocation location = freshLocation();
                locations.add(location);
                results.add(pool.submit(() -> {
                    start.await();
                    return store().put(location, new GeneratedBytes(seed, MIB + seed), GENEROUS_LIMIT);
                }));
            }
            start.countDown();
            for (int writer = 0; writer < writers; writer++) {
                long seed = 1000 + writer;
                BlobWritten written = results.get(writer).get(2, TimeUnit.MINUTES);
                assertEquals(GeneratedBytes.sha256(seed, MIB + seed), written.sha256());
                assertStored(locations.get(writer), seed, MIB + seed);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertRoundTrip(long size, long seed) throws IOException {
        BlobLocation location = freshLocation();
        BlobWritten written = store().put(location, new GeneratedBytes(seed, size), GENEROUS_LIMIT);
        assertEquals(size, written.size());
        assertEquals(GeneratedBytes.sha256(seed, size), written.sha256());
        assertStored(location, seed, size);
    }

    /** Asserts the blob exists and streams back, whole, the generated bytes of {@code seed}. */
    protected final void assertStored(BlobLocation location, long seed, long size) throws IOException {
        assertTrue(store().exists(location), "the blob should exist");
        try (BlobContent content = store().open(location)) {
            assertEquals(size, content.size());
            assertEquals(GeneratedBytes.sha256(seed, size), digestOf(content.stream(0, size)));
        }
    }

    protected final void assertNothingAt(BlobLocation location) {
        assertFalse(store().exists(location), "a failed write must keep nothing");
        assertThrows(BlobMissing.class, () -> store().open(location));
    }

    private static void assertRange(BlobContent content, long seed, long offset, long length) throws IOException {
        try (InputStream range = content.stream(offset, length)) {
            assertArrayEquals(GeneratedBytes.slice(seed, offset, (int) length), range.readAllBytes(),
                    "range " + offset + "+" + length);
        }
    }

    /** Digests a stream through a small buffer and closes it. */
    protected static Checksum digestOf(InputStream stream) throws IOException {
        try (stream) {
            return GeneratedBytes.digest(stream);
        }
    }

}
