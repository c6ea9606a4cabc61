package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.event.EventType;
import io.stowage.domain.event.StorageEvent;
import io.stowage.domain.identity.Principal;
import java.util.List;
import java.util.Optional;

/** Reads the event log page by page on behalf of a subscriber, who sees only events it may read. */
public interface ReadEvents {

    /** A subscriber's position and filters; {@code limit} bounds how many events are scanned per page. */
    record Query(Principal caller, Optional<BucketName> bucket, Optional<EventType> type, long after, int limit) {
    }

    /**
     * The events of one page the caller may receive, and the position to read from next: the last event
     * scanned, shown or not, so that hidden events are not scanned again.
     */
    record Page(List<StorageEvent> events, long position) {
    }

    Page read(Query query);

    /** The position of the newest event: a subscriber without a Last-Event-ID starts there. */
    long latestPosition();

    /**
     * The position to resume from after the event a subscriber last received. An id above the newest
     * event was never sent by this log (another deployment's, or made up), so it is refused rather than
     * silently waiting for events that would not be the ones the client missed.
     */
    default long resumeAfter(long lastEventId) {
        if (lastEventId < 0) {
            throw new InvalidRequest("Last-Event-ID must be the id of an event, not a negative number");
        }
        long newest = latestPosition();
        if (lastEventId > newest) {
            throw new InvalidRequest("Last-Event-ID " + lastEventId + " is beyond the newest event (" + newest + ")");
        }
        return lastEventId;
    }
}
