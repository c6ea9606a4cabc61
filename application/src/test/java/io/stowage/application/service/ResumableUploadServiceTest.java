package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.UploadResumably;
import io.stowage.application.port.out.ResumableUploadStore;
import io.stowage.application.testing.InMemoryResumableUploadStore;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.NoSuchUpload;
import io.stowage.domain.error.ObjectAlreadyExists;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.error.UnsupportedMimeType;
import io.stowage.domain.error.UploadConflict;
import io.stowage.domain.error.UploadExpired;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ByteSize;
import io.stowage.domain.value.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Resumable uploads over in-memory fakes: chunks, offsets, owners, the lock, the commit and the expiry. */
class ResumableUploadServiceTest {

    private final ServiceHarness h = new ServiceHarness();
    private final InMemoryResumableUploadStore store = new InMemoryResumableUploadStore(h.bookkeeping);
    private final ResumableUploadService resumable = new ResumableUploadService(store, h.objects, h.volumes,
            h.bookkeeping, h.uploads, new StorageLimits(ServiceHarness.GLOBAL_LIMIT), h.clock, Duration.ofHours(24));

    private UploadResumably.Status create(BucketName bucket, String key, long length, boolean upsert) {
        return resumable.create(new UploadResumably.Creation(ALICE, bucket, new ObjectKey(key),
                new ContentType("text/plain"), length, upsert, Optional.of("max-age=60"), Optional.of("{\"a\":1}")));
    }

    private StoredObject stored(BucketName bucket, String key) {
        return h.objects.find(bucket, new ObjectKey(key)).orElseThrow();
    }

    @Test
    void chunksCommitOneObjectThroughTheUploadPathAndLeaveNothingStaged() {
        BucketName bucket = h.bucket("docs", AccessPolicy.PRIVATE);
        UploadResumably.Status created = create(bucket, "a.txt", 11, false);
        assertEquals(0, created.offset());

        assertEquals(6, resumable.append(ALICE, created.id(), 0, body("hello ")).offset());
        assertEquals(6, resumable.status(ALICE, created.id()).offset());
        UploadResumably.Status done = resumable.append(ALICE, created.id(), 6, body("world"));

        assertTrue(done.complete());
        StoredObject object = stored(bucket, "a.txt");
        assertEquals("hello world", h.textOf(object));
        assertEquals(Optional.of("max-age=60"), object.cacheControl());
        assertEquals(Optional.of("{\"a\":1}"), object.userMetadata());
        assertEquals(1, h.blobs.blobCount(), "only the object's blob is left");
        assertTrue(h.bookkeeping.intents().isEmpty());
        assertEquals(0, store.count());
        assertThrows(NoSuchUpload.class, () -> resumable.status(ALICE, created.id()));
    }

    @Test
    void anEmptyUploadIsCommittedAtCreation() {
        BucketName bucket = h.bucket("docs", AccessPolicy.PRIVATE);
        assertTrue(create(bucket, "empty.txt", 0, false).complete());
        assertEquals("", h.textOf(stored(bucket, "empty.txt")));
        assertEquals(0, store.count());
    }

    @Test
    void creationChecksEverythingThatNeedsNoByte() {
        BucketName bucket = h.bucket("strict", AccessPolicy.PRIVATE, Optional.of(ByteSize.ofBytes(10)),
                AllowedMimeTypes.of(List.of("text/plain")));
        assertThrows(PayloadTooLarge.class, () -> create(bucket, "big.txt", 11, false));
        assertThrows(UnsupportedMimeType.class, () -> resumable.create(new UploadResumably.Creation(ALICE, bucket,
                new ObjectKey("x.png"), new ContentType("image/png"), 3, false, Optional.empty(), Optional.empty())));
        h.upload(ALICE, bucket, "taken.txt", "old");
        assertThrows(ObjectAlreadyExists.class, () -> create(bucket, "taken.txt", 3, false));
        assertEquals(0, store.count());
    }

    @Test
    void aWrongOffsetAnotherCallerAndABusyUploadAreRefused() {
        BucketName bucket = h.bucket("docs", AccessPolicy.PRIVATE);
        String id = create(bucket, "a.txt", 10, false).id();
        resumable.append(ALICE, id, 0, body("12345"));

        assertThrows(UploadConflict.class, () -> resumable.append(ALICE, id, 2, body("345")));
        assertThrows(NoSuchUpload.class, () -> resumable.append(BOB, id, 5, body("evil!")));
        assertThrows(NoSuchUpload.class, () -> resumable.status(BOB, id));
        assertThrows(NoSuchUpload.class, () -> resumable.terminate(BOB, id));
        try (ResumableUploadStore.Lock held = store.holdLock(id)) {
            assertThrows(UploadConflict.class, () -> resumable.append(ALICE, id, 5, body("67890")));
        }
        assertEquals(5, resumable.status(ALICE, id).offset());
        assertTrue(resumable.append(ALICE, id, 5, body("67890")).complete());
        assertEquals("1234567890", h.textOf(stored(bucket, "a.txt")));
    }

    @Test
    void aCommitRefusedAtTheEndDropsTheUploadAndKeepsTheOtherObject() {
        BucketName bucket = h.bucket("docs", AccessPolicy.PRIVATE);
        String id = create(bucket, "a.txt", 3, false).id();
        h.upload(ALICE, bucket, "a.txt", "first");
        assertThrows(ObjectAlreadyExists.class, () -> resumable.append(ALICE, id, 0, body("new")));
        assertEquals("first", h.textOf(stored(bucket, "a.txt")));
        assertEquals(0, store.count());
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void terminationAndExpiryDeleteTheStagedChunks() {
        BucketName bucket = h.bucket("docs", AccessPolicy.PRIVATE);
        String terminated = create(bucket, "t.txt", 10, false).id();
        resumable.append(ALICE, terminated, 0, body("abc"));
        resumable.terminate(ALICE, terminated);
        assertThrows(NoSuchUpload.class, () -> resumable.status(ALICE, terminated));
        assertEquals(0, h.blobs.blobCount());

        String abandoned = create(bucket, "e.txt", 10, false).id();
        resumable.append(ALICE, abandoned, 0, body("abc"));
        assertEquals(1, h.blobs.blobCount());
        assertEquals(0, resumable.pruneExpired(), "not expired yet");
        h.clock.advance(Duration.ofHours(25));
        assertThrows(UploadExpired.class, () -> resumable.status(ALICE, abandoned));
        assertEquals(1, resumable.pruneExpired());
        assertEquals(0, h.blobs.blobCount());
        assertEquals(0, store.count());
        assertFalse(h.objects.find(bucket, new ObjectKey("e.txt")).isPresent());
    }
}
