package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.EventLog;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.error.BucketNotEmpty;
import io.stowage.domain.event.EventAudience;
import io.stowage.domain.event.EventType;
import io.stowage.domain.event.StorageEvent;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every catalog change writes its event in its own transaction, and a change that fails writes none. */
class PostgresOutboxTest {

    private static final BucketName PHOTOS = new BucketName("photos");
    private static final BucketName ARCHIVE = new BucketName("archive");
    private static final UserId ALICE = new UserId("alice");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final TestDatabase database = TestDatabase.get();
    private final PostgresEventLog log = new PostgresEventLog(database.dataSource());
    private long start;

    @BeforeEach
    void twoBuckets() {
        database.truncate();
        database.buckets().create(bucket(PHOTOS, AccessPolicy.PRIVATE));
        database.buckets().create(bucket(ARCHIVE, AccessPolicy.PUBLIC));
        start = log.latestId();
    }

    static Bucket bucket(BucketName name, AccessPolicy policy) {
        return Bucket.create(name, Optional.of(ALICE), new BucketSettings(policy, Optional.empty(), AllowedMimeTypes.ANY),
                T0);
    }

    static StoredObject object(BucketName bucket, String key, long size) {
        return new StoredObject(UUID.randomUUID(), bucket, new ObjectKey(key), VersionId.random(), size,
                ContentType.OCTET_STREAM, new Checksum("0".repeat(64)), Optional.of(ALICE), Optional.empty(),
                Optional.empty(), T0, T0);
    }

    private List<StorageEvent> newEvents() {
        return log.read(EventLog.Query.everyEventAfter(start, 1000));
    }

    @Test
    void createReplaceAndRemoveEachRecordTheirEventWithTheObjectsFields() {
        StoredObject first = object(PHOTOS, "a/b.png", 5);
        database.objects().commit(first, WriteCondition.absent());
        StoredObject second = new StoredObject(first.id(), PHOTOS, first.key(), VersionId.random(), 9,
                ContentType.OCTET_STREAM, first.checksum(), Optional.of(ALICE), Optional.empty(), Optional.empty(), T0, T0);
        database.objects().commit(second, WriteCondition.replacing(first.version()));
        assertTrue(database.objects().remove(second));

        List<StorageEvent> events = newEvents();
        assertEquals(List.of(EventType.OBJECT_CREATED, EventType.OBJECT_UPDATED, EventType.OBJECT_DELETED),
                events.stream().map(StorageEvent::type).toList());
        StorageEvent created = events.get(0);
        assertEquals(PHOTOS, created.bucket());
        assertEquals(Optional.of(new ObjectKey("a/b.png")), created.path());
        assertEquals(Optional.of(ALICE), created.owner());
        assertEquals(OptionalLong.of(5), created.size());
        assertEquals(Optional.of(first.version()), created.version());
        assertEquals(new EventAudience(AccessPolicy.PRIVATE, Optional.of(ALICE)), created.audience());
        assertEquals(OptionalLong.of(9), events.get(1).size());
        assertEquals(Optional.of(second.version()), events.get(2).version());
        assertTrue(events.get(0).id() < events.get(1).id() && events.get(1).id() < events.get(2).id());
    }

    @Test
    void aFailedChangeWritesNoEvent() {
        StoredObject taken = object(PHOTOS, "taken", 1);
        database.objects().commit(taken, WriteCondition.absent());
        start = log.latestId();

        assertThrows(WriteConflict.class, () -> database.objects().commit(object(PHOTOS, "taken", 2), WriteCondition.absent()));
        assertThrows(WriteConflict.class, () -> database.objects().commit(object(PHOTOS, "taken", 2),
                WriteCondition.replacing(VersionId.random())));
        StoredObject badMetadata = new StoredObject(UUID.randomUUID(), PHOTOS, new ObjectKey("bad"), VersionId.random(),
                1, ContentType.OCTET_STREAM, taken.checksum(), Optional.empty(), Optional.empty(), Optional.of("not json"),
                T0, T0);
        assertThrows(RuntimeException.class, () -> database.objects().commit(badMetadata, WriteCondition.absent()));
        assertEquals(false, database.objects().remove(object(PHOTOS, "taken", 1)));
        assertThrows(WriteConflict.class, () -> database.objects().move(object(PHOTOS, "nothing", 1),
                object(ARCHIVE, "nothing", 1)));
        assertThrows(BucketNotEmpty.class, () -> database.buckets().delete(PHOTOS));

        assertEquals(List.of(), newEvents());
    }

    @Test
    void aMoveIsADeletionAtTheOldPathAndACreationAtTheNew() {
        StoredObject source = object(PHOTOS, "old", 3);
        database.objects().commit(source, WriteCondition.absent());
        start = log.latestId();
        database.objects().move(source, source.movedTo(ARCHIVE, new ObjectKey("new"), T0));

        List<StorageEvent> events = newEvents();
        assertEquals(2, events.size());
        assertEquals(EventType.OBJECT_DELETED, events.get(0).type());
        assertEquals(Optional.of(new ObjectKey("old")), events.get(0).path());
        assertEquals(EventType.OBJECT_CREATED, events.get(1).type());
        assertEquals(ARCHIVE, events.get(1).bucket());
        assertEquals(AccessPolicy.PUBLIC, events.get(1).audience().policy());
    }

    @Test
    void emptyingABucketRecordsADeletionPerObjectThenTheBucketsDeletion() {
        for (int i = 0; i < 3; i++) {
            database.objects().commit(object(ARCHIVE, "k" + i, i), WriteCondition.absent());
        }
        start = log.latestId();
        assertEquals(3, database.objects().removeBatch(ARCHIVE, 10).size());
        assertTrue(database.buckets().delete(ARCHIVE));

        List<StorageEvent> events = newEvents();
        assertEquals(List.of(EventType.OBJECT_DELETED, EventType.OBJECT_DELETED, EventType.OBJECT_DELETED,
                EventType.BUCKET_DELETED), events.stream().map(StorageEvent::type).toList());
        StorageEvent gone = events.get(3);
        assertEquals(ARCHIVE, gone.bucket());
        assertEquals(Optional.empty(), gone.path());
        assertEquals(new EventAudience(AccessPolicy.PUBLIC, Optional.of(ALICE)), gone.audience());
    }

    @Test
    void creatingABucketRecordsItsEventAndATakenNameRecordsNone() {
        BucketName fresh = new BucketName("fresh");
        database.buckets().create(bucket(fresh, AccessPolicy.AUTHENTICATED));
        assertThrows(RuntimeException.class, () -> database.buckets().create(bucket(fresh, AccessPolicy.PUBLIC)));

        List<StorageEvent> events = newEvents();
        assertEquals(1, events.size());
        assertEquals(EventType.BUCKET_CREATED, events.get(0).type());
        assertEquals(Optional.of(ALICE), events.get(0).owner());
        assertEquals(AccessPolicy.AUTHENTICATED, events.get(0).audience().policy());
    }

    @Test
    void filtersByBucketAndTypeAndPrunesByAge() {
        database.objects().commit(object(PHOTOS, "p", 1), WriteCondition.absent());
        database.objects().commit(object(ARCHIVE, "a", 1), WriteCondition.absent());
        assertEquals(1, log.read(new EventLog.Query(start, Optional.of(ARCHIVE), Optional.empty(), 10)).size());
        assertEquals(0, log.read(new EventLog.Query(start, Optional.empty(), Optional.of(EventType.OBJECT_DELETED), 10))
                .size());

        assertEquals(0, log.pruneBefore(Instant.now().minusSeconds(3600)));
        assertTrue(log.pruneBefore(Instant.now().plusSeconds(1)) >= 2);
        assertEquals(List.of(), log.read(EventLog.Query.everyEventAfter(0, 10)));
    }

    @Test
    void aWebhookPositionStartsWhereItWasFirstClaimedAndNeverMovesBack() {
        PostgresDeliveryCursors cursors = database.bean(PostgresDeliveryCursors.class);
        String target = "http://127.0.0.1/hook-" + UUID.randomUUID();
        assertEquals(OptionalLong.of(7), cursors.claim(target, "me", 7, Duration.ofMinutes(1)));
        assertEquals(OptionalLong.of(7), cursors.claim(target, "me", 99, Duration.ofMinutes(1)), "the first start is kept");
        cursors.advance(target, 12);
        cursors.advance(target, 10);
        assertEquals(OptionalLong.of(12), cursors.claim(target, "me", 0, Duration.ofMinutes(1)));
    }

    @Test
    void aWebhookTargetIsDeliveredByOneHolderUntilItsLeaseLapses() {
        PostgresDeliveryCursors cursors = database.bean(PostgresDeliveryCursors.class);
        String target = "http://127.0.0.1/hook-" + UUID.randomUUID();
        long claimed = System.nanoTime();
        assertEquals(OptionalLong.of(3), cursors.claim(target, "first", 3, Duration.ofMillis(300)));
        assertEquals(OptionalLong.empty(), cursors.claim(target, "second", 3, Duration.ofMillis(300)));
        // the lease lapses on the database's clock: ask until the second holder gets it, within a deadline
        OptionalLong taken = OptionalLong.empty();
        long deadline = claimed + TimeUnit.SECONDS.toNanos(10);
        while (taken.isEmpty() && System.nanoTime() - deadline < 0) {
            taken = cursors.claim(target, "second", 3, Duration.ofMinutes(1));
        }
        assertTrue(System.nanoTime() - claimed >= TimeUnit.MILLISECONDS.toNanos(300), "not before the lease ran out");
        assertEquals(OptionalLong.of(3), taken, "a lapsed lease");
        assertEquals(OptionalLong.empty(), cursors.claim(target, "first", 3, Duration.ofMinutes(1)));
    }
}
