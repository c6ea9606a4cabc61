package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.archiveBlobOf;
import static io.stowage.application.service.ServiceHarness.blobOf;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.ObjectTransfer;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.object.StoredObject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Between buckets on different volumes a move copies the bytes; on one volume it never does. */
class MoveAcrossVolumesTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName docs = h.bucket("docs", AccessPolicy.PRIVATE);
    private final BucketName cold = h.archiveBucket("cold", AccessPolicy.PRIVATE);
    private final BucketName colder = h.archiveBucket("colder", AccessPolicy.PRIVATE);

    private StoredObject move(BucketName from, String fromKey, BucketName to, String toKey) {
        return h.moves.move(new ObjectTransfer(ALICE, from, key(fromKey), to, key(toKey))).object();
    }

    @Test
    void movingToAnotherVolumeCopiesTheBytesThereAndDropsTheOldBlob() {
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "hello");

        StoredObject moved = move(docs, "a.txt", cold, "a.txt");

        assertEquals(0, h.blobs.blobCount(), "the default volume keeps nothing");
        assertEquals(1, h.archiveBlobs.blobCount());
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), h.archiveBlobs.bytesOf(archiveBlobOf(moved)));
        assertNotEquals(stored.version(), moved.version(), "a new blob is a new version");
        assertEquals(cold, moved.blobBucket());
        assertEquals(stored.id(), moved.id());
        assertEquals(stored.checksum(), moved.checksum());
        assertEquals(Optional.of(moved), h.objects.find(cold, key("a.txt")));
        assertEquals(5, h.reads.download(ALICE, cold, key("a.txt")).content().size());
    }

    @Test
    void movingBetweenBucketsOfOneVolumeOtherThanTheDefaultCopiesNothing() {
        StoredObject stored = h.upload(ALICE, cold, "a.txt", "hello");
        assertTrue(h.archiveBlobs.contains(archiveBlobOf(stored)), "an upload lands on its bucket's volume");

        StoredObject moved = move(cold, "a.txt", colder, "b.txt");

        assertEquals(stored.version(), moved.version());
        assertEquals(1, h.archiveBlobs.blobCount());
        assertEquals(0, h.blobs.blobCount());
        assertEquals(5, h.reads.download(ALICE, colder, key("b.txt")).content().size());
    }

    @Test
    void aFailedCopyLeavesTheSourceAsItWasAndNothingOnTheOtherVolume() {
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "hello");
        h.archiveBlobs.failNextPut(new StorageUnavailable("archive unreachable", null));

        assertThrows(StorageUnavailable.class, () -> move(docs, "a.txt", cold, "a.txt"));

        assertEquals(Optional.of(stored), h.objects.find(docs, key("a.txt")));
        assertTrue(h.blobs.contains(blobOf(stored)));
        assertEquals(0, h.archiveBlobs.blobCount());
        assertFalse(h.objects.find(cold, key("a.txt")).isPresent());
    }

    @Test
    void aRowThatDidNotMoveDropsTheCopy() {
        h.upload(ALICE, docs, "a.txt", "hello");
        StorageUnavailable refused = new StorageUnavailable("catalog down", null);
        h.objects.failNextCommit(refused);

        assertSame(refused, assertThrows(StorageUnavailable.class, () -> move(docs, "a.txt", cold, "a.txt")));

        assertEquals(0, h.archiveBlobs.blobCount(), "the copy is dropped when the row did not move");
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void aDestinationTakenDuringTheCopyDropsTheCopyAndTheRetryRefusesIt() {
        h.upload(ALICE, docs, "a.txt", "hello");
        h.objects.beforeNextCommit(() -> h.upload(ALICE, cold, "a.txt", "first"));

        assertThrows(io.stowage.domain.error.ObjectAlreadyExists.class, () -> move(docs, "a.txt", cold, "a.txt"));

        assertEquals(1, h.archiveBlobs.blobCount(), "only the winner's blob stays on the archive volume");
        assertEquals(1, h.blobs.blobCount(), "the source keeps its blob");
    }

    @Test
    void emptyingAndDeletingOnAnotherVolumeRemoveItsBlobs() {
        StoredObject kept = h.upload(ALICE, cold, "keep.txt", "x");
        h.upload(ALICE, cold, "b.txt", "y");
        h.deletes.deleteObject(ALICE, cold, key("b.txt"));
        assertEquals(1, h.archiveBlobs.blobCount());

        assertEquals(1, h.bucketService.emptyBucket(ALICE, cold));

        assertFalse(h.archiveBlobs.contains(archiveBlobOf(kept)));
        assertEquals(0, h.archiveBlobs.blobCount());
    }
}
