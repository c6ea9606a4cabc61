package io.stowage.application.testing;

import io.stowage.application.port.out.DeliveryCursors;
import io.stowage.application.port.out.EventLog;
import io.stowage.domain.event.StorageEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** A thread-safe in-memory outbox and webhook cursor table for application tests; events are appended by the test. */
public final class InMemoryEventLog implements EventLog, DeliveryCursors {

    private final List<StorageEvent> events = new ArrayList<>();
    private final Map<String, Long> cursors = new HashMap<>();
    private final Map<String, String> holders = new HashMap<>();

    /** Appends {@code event}; its id must be above every id already logged, as commit order guarantees. */
    public synchronized void append(StorageEvent event) {
        if (!events.isEmpty() && events.get(events.size() - 1).id() >= event.id()) {
            throw new IllegalArgumentException("event ids must grow");
        }
        events.add(event);
    }

    public synchronized int size() {
        return events.size();
    }

    @Override
    public synchronized List<StorageEvent> read(Query query) {
        return events.stream()
                .filter(event -> event.id() > query.after())
                .filter(event -> query.bucket().map(event.bucket()::equals).orElse(true))
                .filter(event -> query.type().map(event.type()::equals).orElse(true))
                .limit(query.limit())
                .toList();
    }

    @Override
    public synchronized long latestId() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).id();
    }

    @Override
    public synchronized long pruneBefore(Instant cutoff) {
        int before = events.size();
        events.removeIf(event -> event.timestamp().isBefore(cutoff));
        return before - events.size();
    }

    /** Leases never lapse here: a test's holders are whoever claimed first. */
    @Override
    public synchronized OptionalLong claim(String target, String holder, long start, Duration lease) {
        if (!holders.computeIfAbsent(target, ignored -> holder).equals(holder)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(cursors.computeIfAbsent(target, ignored -> start));
    }

    @Override
    public synchronized void advance(String target, long eventId) {
        cursors.merge(target, eventId, Math::max);
    }
}
