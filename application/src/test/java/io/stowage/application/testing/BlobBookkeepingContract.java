package io.stowage.application.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BlobBookkeeping} must do, with the {@link ObjectCatalog} of the same storage, run by
 * each implementation (in memory, PostgreSQL): the catalog's commits drop intents and queue superseded blobs
 * in their own transaction, and the bookkeeping sees exactly that, so the write path and the sweeper can
 * rely on one behaviour whichever pair is wired.
 */
public abstract class BlobBookkeepingContract {

    protected static final BucketName DOCS = new BucketName("docs");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("3000-01-01T00:00:00Z");

    /** A catalog and the bookkeeping of the same storage, this instance holding the intents it records. */
    public record Storage(ObjectCatalog objects, BlobBookkeeping bookkeeping) {
    }

    private ObjectCatalog objects;
    private BlobBookkeeping bookkeeping;

    /** Empty storage in which {@code bucket} exists on the default volume; called before every test. */
    protected abstract Storage emptyStorage(BucketName bucket);

    @BeforeEach
    void startEmpty() {
        Storage storage = emptyStorage(DOCS);
        objects = storage.objects();
        bookkeeping = storage.bookkeeping();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static UploadIntent intent(String key, Instant startedAt) {
        return new UploadIntent(new BlobLocation(VolumeName.DEFAULT, DOCS, VersionId.random()), DOCS,
                new ObjectKey(key), startedAt);
    }

    private static StoredObject objectOf(UploadIntent intent) {
        return new StoredObject(UUID.randomUUID(), DOCS, intent.key(), intent.location().version(), 3,
                ContentType.OCTET_STREAM, new Checksum("a".repeat(64)), Optional.empty(), Optional.empty(),
                Optional.empty(), Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aRecordedIntentTracksItsBlobUntilForgotten() {
        UploadIntent writing = intent("a", now());
        bookkeeping.recordIntent(writing);
        VersionId unknown = VersionId.random();

        assertEquals(Set.of(writing.location().version()),
                bookkeeping.tracked(List.of(writing.location().version(), unknown)));

        bookkeeping.forgetIntent(writing.location().version());
        bookkeeping.forgetIntent(writing.location().version());

        assertEquals(Set.of(), bookkeeping.tracked(List.of(writing.location().version())));
    }

    @Test
    void aCommitDropsItsIntentAndTheRowTracksTheBlob() {
        UploadIntent writing = intent("a", now());
        bookkeeping.recordIntent(writing);

        objects.commit(objectOf(writing), WriteCondition.absent());

        assertEquals(List.of(), bookkeeping.intentsStartedBefore(FAR_FUTURE, 10));
        assertEquals(Set.of(writing.location().version()), bookkeeping.tracked(List.of(writing.location().version())));
    }

    @Test
    void aReplacingCommitQueuesTheSupersededBlobUntilItsDeletionIsDone() {
        UploadIntent first = intent("a", now());
        bookkeeping.recordIntent(first);
        StoredObject old = objectOf(first);
        objects.commit(old, WriteCondition.absent());
        UploadIntent second = intent("a", now());
        bookkeeping.recordIntent(second);

        objects.commit(objectOf(second), WriteCondition.replacing(old.version()));

        assertEquals(List.of(first.location()), bookkeeping.queuedDeletions(10));
        assertEquals(List.of(), bookkeeping.intentsStartedBefore(FAR_FUTURE, 10));
        assertEquals(Set.of(first.location().version(), second.location().version()),
                bookkeeping.tracked(List.of(first.location().version(), second.location().version())));

        bookkeeping.deletionDone(first.location().version());
        bookkeeping.deletionDone(first.location().version());

        assertEquals(List.of(), bookkeeping.queuedDeletions(10));
        assertEquals(Set.of(), bookkeeping.tracked(List.of(first.location().version())));
    }

    @Test
    void aRemovedRowQueuesItsBlob() {
        UploadIntent writing = intent("a", now());
        bookkeeping.recordIntent(writing);
        StoredObject object = objectOf(writing);
        objects.commit(object, WriteCondition.absent());

        assertTrue(objects.remove(object));

        assertEquals(List.of(writing.location()), bookkeeping.queuedDeletions(10));
    }

    @Test
    void aQueuedDeletionIsQueuedOnce() {
        BlobLocation location = new BlobLocation(VolumeName.DEFAULT, DOCS, VersionId.random());
        bookkeeping.queueDeletion(location, now());
        bookkeeping.queueDeletion(location, now());

        assertEquals(List.of(location), bookkeeping.queuedDeletions(10));
    }

    @Test
    void anIntentOfThisLiveInstanceIsNeverDeadByAgeUntilReleased() {
        UploadIntent old = intent("old", now().minus(Duration.ofHours(2)));
        bookkeeping.recordIntent(old);
        bookkeeping.recordPartialWrite(old.location().version(), "upload-7");

        assertEquals(List.of(), bookkeeping.deadIntents(now(), LEASE, 10), "older than the grace, but held");

        bookkeeping.releaseIntents(Set.of(), now());

        assertEquals(List.of(new UploadIntent(old.location(), DOCS, old.key(), old.startedAt(),
                Optional.of("upload-7"))), bookkeeping.deadIntents(LONG_AGO, LEASE, 10));
    }

    @Test
    void releasingKeepsTheWritesInFlightAndTheYoungIntents() {
        Instant now = now();
        UploadIntent streaming = intent("streaming", now.minus(Duration.ofMinutes(10)));
        UploadIntent leftOver = intent("left-over", now.minus(Duration.ofMinutes(10)));
        UploadIntent young = intent("young", now);
        bookkeeping.recordIntent(streaming);
        bookkeeping.recordIntent(leftOver);
        bookkeeping.recordIntent(young);

        bookkeeping.releaseIntents(Set.of(streaming.location().version()), now.minus(Duration.ofSeconds(5)));

        assertEquals(List.of(leftOver), bookkeeping.deadIntents(LONG_AGO, LEASE, 10));
        assertEquals(3, bookkeeping.intentsStartedBefore(FAR_FUTURE, 10).size(), "released, not forgotten");
    }
}
