package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.blobOf;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.application.testing.DelegatingObjectCatalog;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.ObjectAlreadyExists;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An upload whose commit fails leaves no orphan blob; a lost race is retried with the checks redone. */
class UploadCompensationTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName bucket = h.bucket("docs", AccessPolicy.PUBLIC);

    @Test
    void aFailedCommitDeletesTheNewBlobAndRethrowsTheOriginalError() {
        IllegalStateException databaseDown = new IllegalStateException("database down");
        h.objects.failNextCommit(databaseDown);

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> h.upload(ALICE, bucket, "a.txt", "hello"));

        assertSame(databaseDown, thrown);
        assertEquals(0, thrown.getSuppressed().length);
        assertEquals(0, h.blobs.blobCount(), "no orphan blob may be left");
        assertEquals(0, h.objects.objectCount());
    }

    @Test
    void aFailedCleanupIsAttachedToTheOriginalErrorAsSuppressed() {
        IllegalStateException databaseDown = new IllegalStateException("database down");
        IllegalStateException diskGone = new IllegalStateException("disk gone");
        h.objects.failNextCommit(databaseDown);
        h.blobs.failNextDelete(diskGone);

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> h.upload(ALICE, bucket, "a.txt", "hello"));

        assertSame(databaseDown, thrown);
        assertArrayEquals(new Throwable[] {diskGone}, thrown.getSuppressed());
        assertEquals(0, h.objects.objectCount(), "never a row without its blob");
    }

    @Test
    void aCommitThatTookEffectBeforeFailingKeepsItsBlob() {
        IllegalStateException ackLost = new IllegalStateException("connection reset during COMMIT");
        h.objects.failNextCommitAfterApplying(ackLost);

        assertSame(ackLost, assertThrows(IllegalStateException.class, () -> h.upload(ALICE, bucket, "a.txt", "hi")));

        StoredObject committed = h.objects.find(bucket, key("a.txt")).orElseThrow();
        assertTrue(h.blobs.contains(blobOf(committed)), "never a row without its blob");
        assertEquals("hi", h.textOf(committed));
    }

    @Test
    void whenTheCatalogCannotTellWhetherTheCommitTookEffectTheBlobIsKept() {
        IllegalStateException ackLost = new IllegalStateException("connection reset during COMMIT");
        IllegalStateException stillDown = new IllegalStateException("database still down");
        h.objects.failNextCommitAfterApplying(ackLost);
        AtomicInteger commits = new AtomicInteger();
        ObjectCatalog unreachableAfterCommit = new DelegatingObjectCatalog(h.objects) {
            @Override
            public Optional<StoredObject> find(BucketName b, ObjectKey k) {
                if (commits.get() > 0) {
                    throw stillDown;
                }
                return super.find(b, k);
            }

            @Override
            public Optional<StoredObject> commit(StoredObject object, WriteCondition condition) {
                commits.incrementAndGet();
                return super.commit(object, condition);
            }
        };
        UploadService uploads = new UploadService(unreachableAfterCommit, h.blobs, h.removal, h.bookkeeping,
                new StorageLimits(ServiceHarness.GLOBAL_LIMIT), h.clock);

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> uploads.upload(
                ServiceHarness.command(ALICE, bucket, "a.txt", ServiceHarness.body("hi"), OptionalLong.empty(), false)));

        assertSame(ackLost, thrown);
        assertArrayEquals(new Throwable[] {stillDown}, thrown.getSuppressed());
        StoredObject committed = h.objects.find(bucket, key("a.txt")).orElseThrow();
        assertTrue(h.blobs.contains(blobOf(committed)), "an unknown outcome keeps the blob: an orphan at worst");
    }

    @Test
    void aFailedReplacingCommitKeepsTheCurrentVersionIntact() {
        StoredObject original = h.upload(ALICE, bucket, "a.txt", "first");
        h.objects.failNextCommit(new IllegalStateException("database down"));

        assertThrows(IllegalStateException.class, () -> h.upsert(ALICE, bucket, "a.txt", "second"));

        assertEquals(Optional.of(original), h.objects.find(bucket, key("a.txt")));
        assertEquals("first", h.textOf(original));
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void aFailedBlobWriteCommitsNothing() {
        IllegalStateException volumeFull = new IllegalStateException("volume full");
        h.blobs.failNextPut(volumeFull);
        assertSame(volumeFull, assertThrows(IllegalStateException.class, () -> h.upload(ALICE, bucket, "a.txt", "x")));
        assertEquals(0, h.objects.objectCount());
        assertEquals(0, h.blobs.blobCount());
    }

    @Test
    void aConcurrentCreateTurnsAPlainUploadIntoAConflictAndDeletesItsBlob() {
        StoredObject[] winner = new StoredObject[1];
        h.objects.beforeNextCommit(() -> winner[0] = h.upload(BOB, bucket, "a.txt", "bob was first"));

        assertThrows(ObjectAlreadyExists.class, () -> h.upload(ALICE, bucket, "a.txt", "alice"));

        assertEquals(Optional.of(winner[0]), h.objects.find(bucket, key("a.txt")));
        assertEquals(1, h.blobs.blobCount(), "only the winner's blob remains");
        assertTrue(h.blobs.contains(blobOf(winner[0])));
    }

    @Test
    void aRetriedUpsertRedoesTheAccessCheckOnWhatIsThereNow() {
        StoredObject[] winner = new StoredObject[1];
        h.objects.beforeNextCommit(() -> winner[0] = h.upload(ALICE, bucket, "a.txt", "alice was first"));

        assertThrows(AccessDenied.class, () -> h.upsert(BOB, bucket, "a.txt", "bob"));

        assertEquals(Optional.of(winner[0]), h.objects.find(bucket, key("a.txt")));
        assertEquals("alice was first", h.textOf(winner[0]));
        assertEquals(1, h.blobs.blobCount(), "bob's blob must be cleaned up");
    }

    @Test
    void aRetriedUpsertAllowedOnTheNewVersionReplacesItAndDiscardsItsBlob() {
        StoredObject[] winner = new StoredObject[1];
        h.objects.beforeNextCommit(() -> winner[0] = h.upload(BOB, bucket, "a.txt", "bob was first"));

        StoredObject stored = h.upsert(ALICE, bucket, "a.txt", "alice");

        assertEquals(winner[0].id(), stored.id(), "the retry replaces the row it found, keeping its id");
        assertEquals(Optional.of(stored), h.objects.find(bucket, key("a.txt")));
        assertFalse(h.blobs.contains(blobOf(winner[0])));
        assertEquals("alice", h.textOf(stored));
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void endlessConflictsGiveUpAsUnavailableAndLeaveNoBlob() {
        AtomicInteger attempts = new AtomicInteger();
        ObjectCatalog alwaysConflicting = new DelegatingObjectCatalog(h.objects) {
            @Override
            public Optional<StoredObject> commit(StoredObject object, WriteCondition condition) {
                attempts.incrementAndGet();
                throw new WriteConflict("someone else wrote first");
            }
        };
        UploadService uploads = new UploadService(alwaysConflicting, h.blobs,
                new ObjectRemoval(alwaysConflicting, h.blobs, h.bookkeeping), h.bookkeeping,
                new StorageLimits(ServiceHarness.GLOBAL_LIMIT), h.clock);

        assertThrows(StorageUnavailable.class, () -> uploads.upload(ServiceHarness.command(ALICE, bucket, "a.txt",
                ServiceHarness.body("x"), OptionalLong.empty(), true)));

        assertTrue(attempts.get() > 1, "conflicts are retried");
        assertEquals(0, h.blobs.blobCount());
    }
}
