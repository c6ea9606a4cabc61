package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.ALICE_ID;
import static io.stowage.application.service.ServiceHarness.ANON;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.BOB_ID;
import static io.stowage.application.service.ServiceHarness.blobOf;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.port.in.CopyObject;
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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A copy is a new object with a blob of its own, written under every upload rule of the destination. */
class CopyServiceTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName docs = h.bucket("docs", AccessPolicy.PRIVATE);
    private final BucketName archive = h.bucket("archive", AccessPolicy.PRIVATE);
    private final BucketName site = h.bucket("site", AccessPolicy.PUBLIC);

    private StoredObject copy(Principal caller, BucketName from, String fromKey, BucketName to, String toKey,
            boolean upsert) {
        ObjectTransfer transfer = new ObjectTransfer(caller, from, key(fromKey), to, key(toKey));
        return h.copies.copy(new CopyObject.Command(transfer, upsert)).object();
    }

    @Test
    void aCopyAcrossBucketsIsANewIndependentObjectWithTheSameBytesAndMetadata() {
        StoredObject source = h.upload(ALICE, docs, "a.txt", "hello");

        StoredObject copied = copy(ALICE, docs, "a.txt", archive, "b/a.txt", false);

        assertEquals(2, h.blobs.blobCount());
        assertNotEquals(source.id(), copied.id());
        assertNotEquals(source.version(), copied.version());
        assertEquals(archive, copied.blobBucket());
        assertEquals(source.checksum(), copied.checksum());
        assertEquals(source.contentType(), copied.contentType());
        assertEquals(source.cacheControl(), copied.cacheControl());
        assertEquals(source.userMetadata(), copied.userMetadata());
        assertEquals(Optional.of(copied), h.objects.find(archive, key("b/a.txt")));

        h.deletes.deleteObject(ALICE, docs, key("a.txt"));
        assertEquals("hello", h.textOf(h.reads.download(ALICE, archive, key("b/a.txt")).object()));
    }

    @Test
    void theCopierOwnsTheCopy() {
        StoredObject source = h.upload(ALICE, site, "a.txt", "public");

        StoredObject copied = copy(BOB, site, "a.txt", site, "mine.txt", false);

        assertEquals(Optional.of(ALICE_ID), source.owner());
        assertEquals(Optional.of(BOB_ID), copied.owner());
        assertEquals("public", h.textOf(copied));
    }

    @Test
    void anExistingDestinationIsReplacedOnlyWithUpsertAndOnlyByWhoMayReplaceIt() {
        h.upload(ALICE, site, "a.txt", "new");
        StoredObject old = h.upload(ALICE, site, "b.txt", "old");

        assertRefusedUnchanged(ObjectAlreadyExists.class, () -> copy(ALICE, site, "a.txt", site, "b.txt", false));
        assertRefusedUnchanged(AccessDenied.class, () -> copy(BOB, site, "a.txt", site, "b.txt", true));

        StoredObject replaced = copy(ALICE, site, "a.txt", site, "b.txt", true);
        assertEquals(old.id(), replaced.id());
        assertEquals("new", h.textOf(replaced));
        assertFalse(h.blobs.contains(blobOf(old)), "the replaced version's blob is discarded");
        assertEquals(2, h.blobs.blobCount());
    }

    @Test
    void aCopyOntoItselfChangesNothing() {
        StoredObject source = h.upload(ALICE, docs, "a.txt", "hello");

        assertEquals(source, copy(ALICE, docs, "a.txt", docs, "a.txt", false));
        assertEquals(List.of(source), h.rows());
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void anUnreadableOrMissingSourceAnswersAsMissing() {
        h.upload(ALICE, docs, "a.txt", "secret");
        assertRefusedUnchanged(ObjectNotFound.class, () -> copy(BOB, docs, "a.txt", archive, "a.txt", false));
        assertRefusedUnchanged(ObjectNotFound.class, () -> copy(ALICE, docs, "nope.txt", archive, "a.txt", false));
        assertRefusedUnchanged(BucketNotFound.class,
                () -> copy(ALICE, new BucketName("nope"), "a.txt", archive, "a.txt", false));
    }

    @Test
    void theDestinationMustExistAcceptTheCallerAndTheObject() {
        h.upload(ALICE, site, "a.txt", "hello");
        BucketName tiny = h.bucket("tiny", AccessPolicy.PRIVATE, Optional.of(ByteSize.ofBytes(4)), AllowedMimeTypes.ANY);
        BucketName images = h.bucket("images", AccessPolicy.PRIVATE, Optional.empty(),
                AllowedMimeTypes.of(List.of("image/*")));

        assertRefusedUnchanged(AccessDenied.class, () -> copy(ANON, site, "a.txt", site, "b.txt", false));
        assertRefusedUnchanged(BucketNotFound.class,
                () -> copy(ALICE, site, "a.txt", new BucketName("nope"), "a.txt", false));
        assertRefusedUnchanged(PayloadTooLarge.class, () -> copy(ALICE, site, "a.txt", tiny, "a.txt", false));
        assertRefusedUnchanged(UnsupportedMimeType.class, () -> copy(ALICE, site, "a.txt", images, "a.txt", false));
    }

    private void assertRefusedUnchanged(Class<? extends Throwable> refusal, Executable copy) {
        List<StoredObject> before = h.rows();
        int blobs = h.blobs.blobCount();
        assertThrows(refusal, copy);
        assertEquals(before, h.rows());
        assertEquals(blobs, h.blobs.blobCount());
    }
}
