package io.stowage.application.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.EventLog;
import io.stowage.application.port.out.EventLog.Query;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.event.EventType;
import io.stowage.domain.event.StorageEvent;
import io.stowage.domain.object.ObjectKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventLog} must do, run by each implementation (in memory, PostgreSQL): events come
 * back after an id, in id order, filtered and limited; the latest id is where a new reader starts; pruning
 * drops exactly the events older than the cutoff.
 */
public abstract class EventLogContract {

    protected static final BucketName PHOTOS = new BucketName("photos");
    protected static final BucketName ARCHIVE = new BucketName("archive");

    private EventLog log;

    /** A log holding no event, over a store in which no bucket exists; called before every test. */
    protected abstract EventLog emptyLog();

    /** Makes the change that records a {@link EventType#BUCKET_CREATED} event for a new bucket. */
    protected abstract void createBucket(BucketName name);

    /** Makes the change that records an {@link EventType#OBJECT_CREATED} event in an existing bucket. */
    protected abstract void createObject(BucketName bucket, String key);

    /** Makes the change that records an {@link EventType#OBJECT_DELETED} event for an object created before. */
    protected abstract void deleteObject(BucketName bucket, String key);

    @BeforeEach
    void startEmpty() {
        log = emptyLog();
    }

    @Test
    void anEmptyLogReadsNothingAndItsLatestIdIsZero() {
        assertEquals(0, log.latestId());
        assertEquals(List.of(), log.read(Query.everyEventAfter(0, 10)));
        assertEquals(0, log.pruneBefore(Instant.now().plusSeconds(60)));
    }

    @Test
    void eventsComeBackAfterTheGivenIdInIdOrderUpToTheLimit() {
        createBucket(PHOTOS);
        createObject(PHOTOS, "a.txt");
        deleteObject(PHOTOS, "a.txt");

        List<StorageEvent> all = log.read(Query.everyEventAfter(0, 10));
        assertEquals(List.of(EventType.BUCKET_CREATED, EventType.OBJECT_CREATED, EventType.OBJECT_DELETED),
                all.stream().map(StorageEvent::type).toList());
        assertTrue(all.get(0).id() < all.get(1).id() && all.get(1).id() < all.get(2).id(), "ids grow: " + all);
        assertEquals(Optional.empty(), all.get(0).path());
        assertEquals(Optional.of(new ObjectKey("a.txt")), all.get(1).path());
        assertTrue(all.stream().allMatch(event -> event.bucket().equals(PHOTOS)));
        assertEquals(all.get(2).id(), log.latestId());

        assertEquals(all.subList(1, 3), log.read(Query.everyEventAfter(all.get(0).id(), 10)));
        assertEquals(all.subList(0, 2), log.read(Query.everyEventAfter(0, 2)));
        assertEquals(List.of(), log.read(Query.everyEventAfter(log.latestId(), 10)));
    }

    @Test
    void aReaderFiltersByBucketAndByTypeAndTheLimitCountsOnlyWhatMatches() {
        createBucket(PHOTOS);
        createBucket(ARCHIVE);
        createObject(PHOTOS, "p1");
        createObject(ARCHIVE, "a1");
        createObject(PHOTOS, "p2");
        deleteObject(PHOTOS, "p1");

        assertEquals(List.of("p1", "p2", "p1"), paths(log.read(
                new Query(0, Optional.of(PHOTOS), Optional.empty(), 10)).stream()
                .filter(event -> !event.type().isBucketEvent()).toList()));
        assertEquals(List.of(ARCHIVE, ARCHIVE), log.read(new Query(0, Optional.of(ARCHIVE), Optional.empty(), 10))
                .stream().map(StorageEvent::bucket).toList());
        assertEquals(List.of("p1", "a1"), paths(log.read(
                new Query(0, Optional.empty(), Optional.of(EventType.OBJECT_CREATED), 2))));
        long firstInPhotos = log.read(new Query(0, Optional.of(PHOTOS), Optional.of(EventType.OBJECT_CREATED), 1))
                .get(0).id();
        assertEquals(List.of("p2"), paths(log.read(
                new Query(firstInPhotos, Optional.of(PHOTOS), Optional.of(EventType.OBJECT_CREATED), 10))));
        assertEquals(List.of(), log.read(new Query(0, Optional.of(ARCHIVE), Optional.of(EventType.OBJECT_DELETED), 10)));
    }

    @Test
    void pruningDropsExactlyTheEventsBeforeTheCutoff() {
        createBucket(PHOTOS);
        createObject(PHOTOS, "a");
        createObject(PHOTOS, "b");
        List<StorageEvent> all = log.read(Query.everyEventAfter(0, 10));
        Instant cutoff = all.get(1).timestamp();
        long older = all.stream().filter(event -> event.timestamp().isBefore(cutoff)).count();

        assertEquals(0, log.pruneBefore(all.get(0).timestamp()), "the cutoff itself is kept");
        assertEquals(older, log.pruneBefore(cutoff));
        assertEquals(all.subList((int) older, 3), log.read(Query.everyEventAfter(0, 10)));

        assertEquals(3 - older, log.pruneBefore(all.get(2).timestamp().plusSeconds(1)));
        assertEquals(List.of(), log.read(Query.everyEventAfter(0, 10)));
        assertEquals(0, log.latestId(), "a reader without history starts before every event yet to come");
    }

    @Test
    void aQueryNeedsALimitOfAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> Query.everyEventAfter(0, 0));
    }

    private static List<String> paths(List<StorageEvent> events) {
        return events.stream().map(event -> event.path().orElseThrow().value()).toList();
    }
}
