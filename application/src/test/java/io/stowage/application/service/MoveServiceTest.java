package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.SERVICE;
import static io.stowage.application.service.ServiceHarness.blobOf;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.MoveObject;
import io.stowage.application.port.in.ObjectTransfer;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.ObjectAlreadyExists;
import io.stowage.domain.error.ObjectNotFound;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.error.UnsupportedMimeType;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ByteSize;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A move hands the row a new path and keeps the blob where it was written: no byte is copied. */
class MoveServiceTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName docs = h.bucket("docs", AccessPolicy.PRIVATE);
    private final BucketName archive = h.bucket("archive", AccessPolicy.PRIVATE);
    private final BucketName site = h.bucket("site", AccessPolicy.PUBLIC);

    private MoveObject.Result move(Principal caller, BucketName from, String fromKey, BucketName to, String toKey) {
        return h.moves.move(new ObjectTransfer(caller, from, key(fromKey), to, key(toKey)));
    }

    @Test
    void aMoveAcrossBucketsKeepsTheBlobTheIdAndTheOwner() {
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "hello");
        h.clock.advance(Duration.ofSeconds(5));

        StoredObject moved = move(ALICE, docs, "a.txt", archive, "old/a.txt").object();

        assertEquals(1, h.blobs.blobCount(), "no byte was copied");
        assertEquals(stored.id(), moved.id());
        assertEquals(stored.version(), moved.version());
        assertEquals(stored.owner(), moved.owner());
        assertEquals(docs, moved.blobBucket());
        assertEquals(Optional.of(moved), h.objects.find(archive, key("old/a.txt")));
        assertEquals("hello", h.textOf(h.reads.download(ALICE, archive, key("old/a.txt")).object()));
        assertEquals(5, h.reads.download(ALICE, archive, key("old/a.txt")).content().size());
        assertThrows(ObjectNotFound.class, () -> h.reads.download(ALICE, docs, key("a.txt")));
    }

    @Test
    void aMoveWithinABucketFreesTheOldPath() {
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "hello");

        move(ALICE, docs, "a.txt", docs, "b.txt");

        assertEquals(List.of(stored.version()), h.rows().stream().map(StoredObject::version).toList());
        assertEquals(stored.id(), h.reads.findObject(ALICE, docs, key("b.txt")).id());
        assertThrows(ObjectNotFound.class, () -> h.reads.findObject(ALICE, docs, key("a.txt")));
    }

    @Test
    void aMovedObjectsBlobIsDeletedWithItAndReplacedWithIt() {
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "hello");
        move(ALICE, docs, "a.txt", archive, "a.txt");

        StoredObject replacement = h.upsert(ALICE, archive, "a.txt", "again");
        assertFalse(h.blobs.contains(blobOf(stored)), "the superseded blob is found under its own bucket");
        assertEquals(1, h.blobs.blobCount());

        move(ALICE, archive, "a.txt", docs, "back.txt");
        h.deletes.deleteObject(ALICE, docs, key("back.txt"));
        assertFalse(h.blobs.contains(blobOf(replacement)));
        assertEquals(0, h.blobs.blobCount());
    }

    @Test
    void aMoveOntoItselfChangesNothing() {
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "hello");

        assertEquals(stored, move(ALICE, docs, "a.txt", docs, "a.txt").object());
        assertEquals(List.of(stored), h.rows());
    }

    @Test
    void anUnreadableOrMissingSourceAnswersAsMissing() {
        h.upload(ALICE, docs, "a.txt", "secret");
        assertRefusedUnchanged(ObjectNotFound.class, () -> move(BOB, docs, "a.txt", archive, "b.txt"));
        assertRefusedUnchanged(ObjectNotFound.class, () -> move(ALICE, docs, "missing.txt", archive, "b.txt"));
        assertRefusedUnchanged(BucketNotFound.class, () -> move(ALICE, new BucketName("nope"), "a", archive, "b"));
    }

    @Test
    void aReadableSourceTheCallerMayNotDeleteIsDenied() {
        h.upload(ALICE, site, "a.txt", "public");
        assertRefusedUnchanged(AccessDenied.class, () -> move(BOB, site, "a.txt", site, "b.txt"));
        assertRefusedUnchanged(AccessDenied.class, () -> move(Principal.anonymous(), site, "a.txt", site, "b.txt"));
    }

    @Test
    void theDestinationMustExistBeFreeAndAcceptTheObject() {
        h.upload(ALICE, docs, "a.txt", "hello");
        h.upload(ALICE, archive, "taken.txt", "other");
        BucketName tiny = h.bucket("tiny", AccessPolicy.PRIVATE, Optional.of(ByteSize.ofBytes(4)), AllowedMimeTypes.ANY);
        BucketName images = h.bucket("images", AccessPolicy.PRIVATE, Optional.empty(),
                AllowedMimeTypes.of(List.of("image/*")));

        assertRefusedUnchanged(BucketNotFound.class, () -> move(ALICE, docs, "a.txt", new BucketName("nope"), "a"));
        assertRefusedUnchanged(ObjectAlreadyExists.class, () -> move(ALICE, docs, "a.txt", archive, "taken.txt"));
        assertRefusedUnchanged(PayloadTooLarge.class, () -> move(ALICE, docs, "a.txt", tiny, "a.txt"));
        assertRefusedUnchanged(UnsupportedMimeType.class, () -> move(ALICE, docs, "a.txt", images, "a.txt"));
        assertRefusedUnchanged(ObjectAlreadyExists.class, () -> move(SERVICE, docs, "a.txt", archive, "taken.txt"));
    }

    @Test
    void aSourceReplacedMeanwhileIsMovedInItsNewVersion() {
        h.upload(ALICE, docs, "a.txt", "first");
        h.objects.beforeNextCommit(() -> h.upsert(ALICE, docs, "a.txt", "second"));

        StoredObject moved = move(ALICE, docs, "a.txt", archive, "a.txt").object();

        assertEquals("second", h.textOf(moved));
        assertEquals(1, h.blobs.blobCount());
        assertEquals(List.of(moved), h.rows());
    }

    @Test
    void aDestinationTakenMeanwhileIsRefusedAndTheSourceStays() {
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "first");
        h.objects.beforeNextCommit(() -> h.upload(BOB, archive, "a.txt", "bob's"));

        assertThrows(ObjectAlreadyExists.class, () -> move(ALICE, docs, "a.txt", archive, "a.txt"));

        assertEquals(Optional.of(stored), h.objects.find(docs, key("a.txt")));
        assertEquals("bob's", h.textOf(h.objects.find(archive, key("a.txt")).orElseThrow()));
    }

    private void assertRefusedUnchanged(Class<? extends Throwable> refusal, Executable move) {
        List<StoredObject> before = h.rows();
        int blobs = h.blobs.blobCount();
        assertThrows(refusal, move);
        assertEquals(before, h.rows());
        assertEquals(blobs, h.blobs.blobCount());
        assertTrue(before.stream().allMatch(o -> h.blobs.contains(blobOf(o))));
    }
}
