package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.GLOBAL_LIMIT;
import static io.stowage.application.service.ServiceHarness.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.QuotaReservations;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ContentType;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one write path on the in-memory fakes: its seams (quota reservation, content inspector, versioning
 * policy, writes in flight) are called in order with what they need, and a failure at any step leaves
 * no orphan and the original error.
 */
class WritePathTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName docs = h.bucket("docs", AccessPolicy.PRIVATE);
    private final List<String> calls = new ArrayList<>();
    private final List<StoredObject> superseded = new ArrayList<>();
    private final QuotaReservations quota = (caller, bucket, maxBytes) -> {
        calls.add("reserve " + maxBytes);
        return new QuotaReservations.Reservation() {
            @Override
            public void confirm(long storedBytes) {
                calls.add("confirm " + storedBytes);
            }

            @Override
            public void release() {
                calls.add("release");
            }
        };
    };
    private final ContentInspector inspector = (destination, type, content) -> {
        calls.add("inspect " + type.essence() + " in-flight=" + h.inFlight.snapshot().contains(destination.version()));
        return new FilterInputStream(content) {
        };
    };
    private final WritePath path = new WritePath(h.objects, h.volumes, h.bookkeeping,
            new StorageLimits(GLOBAL_LIMIT), h.clock, new WritePath.Seams(quota, inspector,
                    (holder, previous) -> superseded.add(previous), h.inFlight));

    private WritePath.Request request(String text, OptionalLong length, boolean upsert) {
        return new WritePath.Request(ALICE, docs, new ObjectKey("a.txt"), new WriteRule(ObjectPrecondition.none(), upsert),
                new ObjectDetails(new ContentType("text/plain"), Optional.empty(), Optional.empty(), Optional.empty()),
                new ByteSource.Sent(body(text), length, List.of()));
    }

    @Test
    void aWriteReservesInspectsCommitsAndConfirmsInThatOrder() {
        StoredObject written = path.write(request("hello", OptionalLong.of(5), false));

        assertEquals(List.of("reserve 5", "inspect text/plain in-flight=true", "confirm 5"), calls);
        assertEquals("hello", h.textOf(written));
        assertEquals(Set.of(), h.inFlight.snapshot());
        assertEquals(List.of(), h.bookkeeping.intents());
        assertEquals(List.of(), superseded, "nothing was replaced");
    }

    @Test
    void anUnknownLengthReservesTheDestinationsLimit() {
        path.write(request("hello", OptionalLong.empty(), false));

        assertEquals("reserve " + GLOBAL_LIMIT.bytes(), calls.get(0));
    }

    @Test
    void theReplacedVersionGoesToTheVersioningPolicyNotToTheBin() {
        StoredObject first = path.write(request("one", OptionalLong.empty(), false));
        StoredObject second = path.write(request("two", OptionalLong.empty(), true));

        assertEquals(List.of(first), superseded);
        assertEquals(List.of(ServiceHarness.blobOf(first)), h.bookkeeping.queued(),
                "queued by the commit, left to the policy (which kept it here)");
        assertTrue(h.blobs.contains(ServiceHarness.blobOf(first)));
        assertEquals(Optional.of(second), h.objects.find(docs, new ObjectKey("a.txt")));
    }

    @Test
    void aFailedPutReleasesTheReservationForgetsTheIntentAndRethrows() {
        StorageUnavailable down = new StorageUnavailable("volume down", null);
        h.blobs.failNextPut(down);

        assertSame(down, assertThrows(StorageUnavailable.class, () -> path.write(request("x", OptionalLong.empty(), false))));

        assertEquals("release", calls.get(calls.size() - 1));
        assertEquals(0, h.blobs.blobCount());
        assertEquals(List.of(), h.bookkeeping.intents());
        assertEquals(Set.of(), h.inFlight.snapshot());
    }

    @Test
    void aFailedCommitWhoseCleanupFailsKeepsTheIntentAndSuppressesTheCleanupError() {
        StorageUnavailable commit = new StorageUnavailable("database down", null);
        StorageUnavailable delete = new StorageUnavailable("store down", null);
        h.objects.failNextCommit(commit);
        h.blobs.failNextDelete(delete);

        StorageUnavailable thrown = assertThrows(StorageUnavailable.class,
                () -> path.write(request("x", OptionalLong.empty(), false)));

        assertSame(commit, thrown, "the original error");
        assertEquals(List.of(delete), List.of(thrown.getSuppressed()));
        assertEquals(1, h.blobs.blobCount(), "the blob could not be deleted");
        assertEquals(1, h.bookkeeping.intents().size(), "and stays tracked for the sweeper");
        assertEquals(Set.of(), h.inFlight.snapshot(), "no write holds it: the lease releases it");
        assertEquals("release", calls.get(calls.size() - 1));
    }

    @Test
    void aLostAnswerOfACommitThatTookEffectKeepsTheBlob() {
        h.objects.failNextCommitAfterApplying(new StorageUnavailable("connection lost", null));

        assertThrows(StorageUnavailable.class, () -> path.write(request("x", OptionalLong.empty(), false)));

        StoredObject committed = h.rows().get(0);
        assertTrue(h.blobs.contains(ServiceHarness.blobOf(committed)));
        assertEquals(List.of(), h.bookkeeping.intents(), "the commit dropped it");
    }

    @Test
    void aMoveBetweenVolumesCopiesCommitsOntoTheCopyAndHandsOverTheSource() {
        BucketName cold = h.archiveBucket("cold", AccessPolicy.PRIVATE);
        StoredObject source = path.write(request("moved bytes", OptionalLong.empty(), false));
        Bucket from = h.bucketOf(docs);
        Bucket to = h.bucketOf(cold);
        StoredObject destination = source.movedTo(cold, new ObjectKey("b.txt"), h.clock.instant());

        StoredObject moved = path.moveAcrossVolumes(ALICE, from, source, to, destination, GLOBAL_LIMIT.bytes());

        assertEquals("moved bytes", new String(h.archiveBlobs.bytesOf(ServiceHarness.archiveBlobOf(moved)),
                StandardCharsets.UTF_8));
        assertEquals(List.of(source), superseded, "the source's blob goes to the policy");
        assertEquals(Optional.empty(), h.objects.find(docs, source.key()));
        assertEquals(List.of(), h.bookkeeping.intents());
    }

    @Test
    void aCopyThatDoesNotMatchItsSourceIsNotCommitted() {
        StoredObject source = path.write(request("original", OptionalLong.empty(), false));
        BucketName cold = h.archiveBucket("cold", AccessPolicy.PRIVATE);
        WritePath corrupting = new WritePath(h.objects, h.volumes, h.bookkeeping, new StorageLimits(GLOBAL_LIMIT),
                h.clock, new WritePath.Seams(QuotaReservations.NONE,
                        (destination, type, content) -> new ByteArrayInputStream(new byte[] {'x'}),
                        VersioningPolicy.discard(h.removal), h.inFlight));

        assertThrows(StorageUnavailable.class, () -> corrupting.moveAcrossVolumes(ALICE, h.bucketOf(docs), source,
                h.bucketOf(cold), source.movedTo(cold, new ObjectKey("b.txt"), h.clock.instant()), 1000));

        assertEquals(0, h.archiveBlobs.blobCount(), "the bad copy is deleted");
        assertEquals(Optional.of(source), h.objects.find(docs, source.key()), "the source is untouched");
        assertEquals(List.of(), h.bookkeeping.intents());
    }

    @Test
    void theCommitOutcomeNamesWhatTheCatalogDid() {
        StoredObject first = path.write(request("one", OptionalLong.empty(), false));
        StoredObject next = new StoredObject(first.id(), docs, first.key(), io.stowage.domain.value.VersionId.random(),
                1, first.contentType(), first.checksum(), first.owner(), Optional.empty(), Optional.empty(),
                first.createdAt(), first.updatedAt());

        assertEquals(new CommitOutcome.Replaced(next, first), CommitOutcome.of(next, candidate -> Optional.of(first)));
        assertEquals(new CommitOutcome.Created(next), CommitOutcome.of(next, candidate -> Optional.empty()));
        assertTrue(CommitOutcome.of(next, candidate -> {
            throw new io.stowage.application.port.out.WriteConflict("taken");
        }) instanceof CommitOutcome.ConditionFailed);
        assertTrue(CommitOutcome.of(next, candidate -> {
            throw new StorageUnavailable("lost", null);
        }) instanceof CommitOutcome.LostAnswer lost && lost.committed().isEmpty());
    }

    @Test
    void aRequestWithoutCallerIsRefused() {
        assertThrows(NullPointerException.class, () -> new WritePath.Request((Principal) null, docs,
                new ObjectKey("a"), WriteRule.createOnly(), new ObjectDetails(ContentType.OCTET_STREAM,
                        Optional.empty(), Optional.empty(), Optional.empty()),
                new ByteSource.Sent(InputStream.nullInputStream(), OptionalLong.empty(), List.of())));
    }
}
