package io.stowage.application.port.out;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.event.EventType;
import io.stowage.domain.event.StorageEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox: events written by the catalogs in the transactions that made the changes, read back in id
 * order (which is commit order), and dropped once older than the retention.
 */
public interface EventLog {

    /** What to read: events after an id, optionally of one bucket and one type, at most {@code limit}. */
    record Query(long after, Optional<BucketName> bucket, Optional<EventType> type, int limit) {

        public Query {
            if (limit < 1) {
                throw new IllegalArgumentException("limit < 1");
            }
        }

        public static Query everyEventAfter(long after, int limit) {
            return new Query(after, Optional.empty(), Optional.empty(), limit);
        }
    }

    /** Matching events with ids above {@code query.after()}, lowest id first. */
    List<StorageEvent> read(Query query);

    /** The id of the newest event, 0 when there is none: where a subscriber without history starts. */
    long latestId();

    /** Deletes events that happened before {@code cutoff} and returns how many. */
    long pruneBefore(Instant cutoff);
}
