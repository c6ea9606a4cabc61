package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.application.port.out.EventLog;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.event.StorageEvent;
import io.stowage.domain.object.StoredObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ids follow commit order: a reader that only ever asks for events after the last id it saw, polling
 * while many writers commit at once, ends up with every event, none skipped.
 */
class PostgresOutboxOrderTest {

    private static final BucketName BUCKET = new BucketName("racing");
    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 60;

    private final TestDatabase database = TestDatabase.get();
    private final PostgresEventLog log = new PostgresEventLog(database.dataSource());

    @Test
    void aFollowerPollingDuringConcurrentWritesMissesNoEvent() throws Exception {
        database.truncate();
        database.buckets().create(PostgresOutboxTest.bucket(BUCKET, AccessPolicy.PRIVATE));
        long start = log.latestId();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < WRITES_EACH; i++) {
                    StoredObject object = PostgresOutboxTest.object(BUCKET, "w" + writer + "/" + i, i);
                    database.objects().commit(object, WriteCondition.absent());
                    if (i % 3 == 0) {
                        database.objects().remove(object);
                    }
                }
            }));
        }
        writers.shutdown();
        List<Long> followed = new ArrayList<>();
        long position = start;
        while (!writers.isTerminated()) {
            position = follow(position, followed);
        }
        for (Future<?> writer : done) {
            writer.get(1, TimeUnit.MINUTES);
        }
        follow(position, followed);

        List<Long> all = log.read(EventLog.Query.everyEventAfter(start, 100_000)).stream().map(StorageEvent::id).toList();
        assertEquals(WRITERS * (WRITES_EACH + WRITES_EACH / 3), all.size());
        List<Long> skipped = all.stream().filter(id -> !followed.contains(id)).toList();
        assertEquals(List.of(), skipped, "events the follower never saw");
        assertEquals(all, followed);
    }

    private long follow(long after, List<Long> seen) {
        long position = after;
        for (StorageEvent event : log.read(EventLog.Query.everyEventAfter(position, 50))) {
            seen.add(event.id());
            position = event.id();
        }
        return position;
    }
}
