package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.ANON;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.SERVICE;
import static io.stowage.application.service.ServiceHarness.blobOf;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.ObjectNotFound;
import io.stowage.domain.object.StoredObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Deletion removes the row, then the blob: a failure can leave an orphan blob, never a row without one. */
class DeleteServiceTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName publicBucket = h.bucket("site", AccessPolicy.PUBLIC);
    private final BucketName privateBucket = h.bucket("private-docs", AccessPolicy.PRIVATE);

    @Test
    void removesTheRowAndTheBlob() {
        StoredObject stored = h.upload(ALICE, privateBucket, "a.txt", "bye");

        StoredObject deleted = h.deletes.deleteObject(ALICE, privateBucket, key("a.txt"));

        assertEquals(stored, deleted);
        assertEquals(Optional.empty(), h.objects.find(privateBucket, key("a.txt")));
        assertEquals(0, h.blobs.blobCount());
    }

    @Test
    void aFailedBlobDeletionStillRemovesTheRowAndLeavesAnOrphanBlob() {
        StoredObject stored = h.upload(ALICE, privateBucket, "a.txt", "bye");
        h.blobs.failNextDelete(new IllegalStateException("disk gone"));

        assertEquals(stored, h.deletes.deleteObject(ALICE, privateBucket, key("a.txt")));

        assertEquals(Optional.empty(), h.objects.find(privateBucket, key("a.txt")));
        assertTrue(h.blobs.contains(blobOf(stored)), "the orphan blob is left for a sweep");
    }

    @Test
    void aFailedRowRemovalKeepsRowAndBlob() {
        StoredObject stored = h.upload(ALICE, privateBucket, "a.txt", "bye");
        IllegalStateException databaseDown = new IllegalStateException("database down");
        h.objects.failNextRemove(databaseDown);

        assertSame(databaseDown, assertThrows(IllegalStateException.class,
                () -> h.deletes.deleteObject(ALICE, privateBucket, key("a.txt"))));

        assertEquals(Optional.of(stored), h.objects.find(privateBucket, key("a.txt")));
        assertTrue(h.blobs.contains(blobOf(stored)));
    }

    @Test
    void anUnreadableObjectAnswersAsMissingAndStays() {
        StoredObject stored = h.upload(ALICE, privateBucket, "a.txt", "secret");
        assertThrows(ObjectNotFound.class, () -> h.deletes.deleteObject(BOB, privateBucket, key("a.txt")));
        assertThrows(ObjectNotFound.class, () -> h.deletes.deleteObject(ANON, privateBucket, key("a.txt")));
        assertThrows(ObjectNotFound.class, () -> h.deletes.deleteObject(ALICE, privateBucket, key("missing.txt")));
        assertEquals(Optional.of(stored), h.objects.find(privateBucket, key("a.txt")));
    }

    @Test
    void aReadableObjectOfSomeoneElseIsDenied() {
        StoredObject stored = h.upload(ALICE, publicBucket, "a.txt", "public");
        assertThrows(AccessDenied.class, () -> h.deletes.deleteObject(BOB, publicBucket, key("a.txt")));
        assertThrows(AccessDenied.class, () -> h.deletes.deleteObject(ANON, publicBucket, key("a.txt")));
        assertEquals(Optional.of(stored), h.objects.find(publicBucket, key("a.txt")));
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void theObjectOwnerTheBucketOwnerAndTheServiceRoleMayDelete() {
        h.upload(BOB, publicBucket, "b1.txt", "1");
        h.upload(BOB, publicBucket, "b2.txt", "2");
        h.upload(BOB, publicBucket, "b3.txt", "3");
        h.deletes.deleteObject(BOB, publicBucket, key("b1.txt"));
        h.deletes.deleteObject(ALICE, publicBucket, key("b2.txt"));
        h.deletes.deleteObject(SERVICE, publicBucket, key("b3.txt"));
        assertEquals(0, h.objects.objectCount());
        assertEquals(0, h.blobs.blobCount());
    }

    @Test
    void aMissingBucketIsBucketNotFound() {
        assertThrows(BucketNotFound.class, () -> h.deletes.deleteObject(ALICE, new BucketName("nowhere"), key("a")));
        assertThrows(BucketNotFound.class,
                () -> h.deletes.deleteObjects(ALICE, new BucketName("nowhere"), List.of(key("a"))));
    }

    @Test
    void aVersionReplacedDuringDeletionIsLookedUpAgainAndDeleted() {
        h.upload(ALICE, privateBucket, "a.txt", "old");
        StoredObject[] newer = new StoredObject[1];
        h.objects.beforeNextRemove(() -> newer[0] = h.upsert(ALICE, privateBucket, "a.txt", "new"));

        StoredObject deleted = h.deletes.deleteObject(ALICE, privateBucket, key("a.txt"));

        assertEquals(newer[0], deleted);
        assertEquals(0, h.objects.objectCount());
        assertEquals(0, h.blobs.blobCount());
    }

    @Test
    void theRetryRedoesTheAccessCheckOnTheNewVersion() {
        h.upload(BOB, publicBucket, "b.txt", "bob's");
        StoredObject[] taken = new StoredObject[1];
        h.objects.beforeNextRemove(() -> taken[0] = h.upsert(ALICE, publicBucket, "b.txt", "alice's now"));

        assertThrows(AccessDenied.class, () -> h.deletes.deleteObject(BOB, publicBucket, key("b.txt")));

        assertEquals(Optional.of(taken[0]), h.objects.find(publicBucket, key("b.txt")));
        assertTrue(h.blobs.contains(blobOf(taken[0])));
    }

    @Test
    void bulkDeletionReportsWhatItDeletedAndSkipsTheRest() {
        StoredObject mine = h.upload(BOB, publicBucket, "bob.txt", "1");
        StoredObject alices = h.upload(ALICE, publicBucket, "alice.txt", "2");
        StoredObject hidden = h.upload(ALICE, privateBucket, "hidden.txt", "3");
        StoredObject mineToo = h.upload(BOB, publicBucket, "dir/bob2.txt", "4");

        List<StoredObject> deleted = h.deletes.deleteObjects(BOB, publicBucket,
                List.of(key("bob.txt"), key("missing.txt"), key("alice.txt"), key("dir/bob2.txt")));

        assertEquals(List.of(mine, mineToo), deleted);
        assertEquals(Optional.of(alices), h.objects.find(publicBucket, key("alice.txt")));
        assertEquals(List.of(), h.deletes.deleteObjects(BOB, privateBucket, List.of(key("hidden.txt"))));
        assertEquals(Optional.of(hidden), h.objects.find(privateBucket, key("hidden.txt")));
        assertEquals(2, h.blobs.blobCount());
    }
}
