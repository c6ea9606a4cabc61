package io.stowage.application.testing;

import io.stowage.application.port.out.EventLog;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.event.EventAudience;
import io.stowage.domain.event.EventType;
import io.stowage.domain.event.StorageEvent;
import io.stowage.domain.object.ObjectKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Holds the in-memory outbox to the same contract as the PostgreSQL one. Here a change is its event,
 * appended as the catalogs' transactions would write it: the next id, a second after the one before.
 */
class InMemoryEventLogContractTest extends EventLogContract {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private InMemoryEventLog log;
    private long lastId;

    @Override
    protected EventLog emptyLog() {
        log = new InMemoryEventLog();
        return log;
    }

    @Override
    protected void createBucket(BucketName name) {
        append(EventType.BUCKET_CREATED, name, Optional.empty());
    }

    @Override
    protected void createObject(BucketName bucket, String key) {
        append(EventType.OBJECT_CREATED, bucket, Optional.of(new ObjectKey(key)));
    }

    @Override
    protected void deleteObject(BucketName bucket, String key) {
        append(EventType.OBJECT_DELETED, bucket, Optional.of(new ObjectKey(key)));
    }

    private void append(EventType type, BucketName bucket, Optional<ObjectKey> path) {
        clock.advance(Duration.ofSeconds(1));
        log.append(new StorageEvent(++lastId, type, bucket, path, Optional.empty(),
                path.isPresent() ? OptionalLong.of(0) : OptionalLong.empty(), Optional.empty(), clock.instant(),
                new EventAudience(AccessPolicy.PRIVATE, Optional.empty())));
    }
}
