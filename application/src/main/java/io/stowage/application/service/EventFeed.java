package io.stowage.application.service;

import io.stowage.application.port.in.ReadEvents;
import io.stowage.application.port.out.EventLog;
import io.stowage.domain.event.EventAccess;
import io.stowage.domain.event.StorageEvent;
import java.util.List;

/** Reads the event log for subscribers, dropping the events each one may not read. */
public final class EventFeed implements ReadEvents {

    private final EventLog log;

    public EventFeed(EventLog log) {
        this.log = log;
    }

    @Override
    public Page read(Query query) {
        List<StorageEvent> scanned = log.read(new EventLog.Query(query.after(), query.bucket(), query.type(), query.limit()));
        long position = scanned.isEmpty() ? query.after() : scanned.get(scanned.size() - 1).id();
        List<StorageEvent> visible = scanned.stream()
                .filter(event -> EventAccess.mayReceive(query.caller(), event))
                .toList();
        return new Page(visible, position);
    }

    @Override
    public long latestPosition() {
        return log.latestId();
    }
}
