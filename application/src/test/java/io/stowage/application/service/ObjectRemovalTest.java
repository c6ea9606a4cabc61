package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.blobOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.testing.DelegatingObjectCatalog;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.StoredObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The row-then-blob removal order, and emptying a bucket in batches. */
class ObjectRemovalTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName bucket = h.bucket("docs", AccessPolicy.PRIVATE);

    @Test
    void aStaleVersionIsNotRemovedAndItsPathKeepsTheNewOne() {
        StoredObject old = h.upload(ALICE, bucket, "a.txt", "old");
        StoredObject current = h.upsert(ALICE, bucket, "a.txt", "new");

        assertFalse(h.removal.remove(h.bucketOf(bucket), old));

        assertEquals(Optional.of(current), h.objects.find(bucket, current.key()));
        assertTrue(h.blobs.contains(blobOf(current)));
    }

    @Test
    void discardingABlobSwallowsAStoreFailure() {
        StoredObject stored = h.upload(ALICE, bucket, "a.txt", "x");
        h.blobs.failNextDelete(new IllegalStateException("disk gone"));
        h.removal.discardBlob(h.bucketOf(bucket), stored);
        assertTrue(h.blobs.contains(blobOf(stored)));
        h.removal.discardBlob(h.bucketOf(bucket), stored);
        assertFalse(h.blobs.contains(blobOf(stored)));
    }

    @Test
    void removeAllEmptiesTheBucketInBatchesOfFiveHundred() {
        for (int i = 0; i < 1201; i++) {
            h.upload(ALICE, bucket, "f" + i, "x");
        }
        BucketName other = h.bucket("other", AccessPolicy.PRIVATE);
        h.upload(ALICE, other, "keep.txt", "kept");
        List<Integer> batchSizes = new ArrayList<>();
        ObjectRemoval removal = new ObjectRemoval(counting(batchSizes), h.blobs, h.bookkeeping);

        assertEquals(1201, removal.removeAll(h.bucketOf(bucket)));

        assertEquals(List.of(500, 500, 201), batchSizes);
        assertEquals(0, h.objects.objectCount(bucket));
        assertEquals(1, h.objects.objectCount(other));
        assertEquals(1, h.blobs.blobCount(), "every blob of the emptied bucket is gone");
    }

    @Test
    void anExactMultipleOfTheBatchStopsOnTheEmptyBatch() {
        for (int i = 0; i < 1000; i++) {
            h.upload(ALICE, bucket, "f" + i, "x");
        }
        List<Integer> batchSizes = new ArrayList<>();
        assertEquals(1000, new ObjectRemoval(counting(batchSizes), h.blobs, h.bookkeeping).removeAll(h.bucketOf(bucket)));
        assertEquals(List.of(500, 500, 0), batchSizes);
        assertEquals(0, h.blobs.blobCount());
    }

    @Test
    void removeAllOfAnEmptyBucketRemovesNothing() {
        assertEquals(0, h.removal.removeAll(h.bucketOf(bucket)));
    }

    /** The harness's catalog, recording the size of every batch it hands out. */
    private ObjectCatalog counting(List<Integer> batchSizes) {
        return new DelegatingObjectCatalog(h.objects) {
            @Override
            public List<StoredObject> removeBatch(BucketName b, int limit) {
                List<StoredObject> batch = super.removeBatch(b, limit);
                batchSizes.add(batch.size());
                return batch;
            }
        };
    }
}
