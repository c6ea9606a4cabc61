package io.stowage.application.service;

import io.stowage.application.port.in.PruneEvents;
import io.stowage.application.port.out.EventLog;
import java.time.Clock;
import java.time.Duration;

/** Keeps events for a fixed time, long enough for subscribers and webhooks to catch up after an outage. */
public final class EventRetention implements PruneEvents {

    private final EventLog log;
    private final Clock clock;
    private final Duration retention;

    public EventRetention(EventLog log, Clock clock, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the event retention must be positive");
        }
        this.log = log;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public long prune() {
        return log.pruneBefore(clock.instant().minus(retention));
    }
}
