package io.stowage.application.service;

import io.stowage.application.port.in.DeliverWebhooks;
import io.stowage.application.port.out.DeliveryCursors;
import io.stowage.application.port.out.EventLog;
import io.stowage.domain.event.StorageEvent;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The event log as each webhook target has yet to receive it. A target configured for the first time
 * starts with the events that happen from then on, not with the whole retained history. Of several
 * instances, the one holding a target's lease delivers to it; another takes over once a lease lapses.
 */
public final class WebhookFeed implements DeliverWebhooks {

    private final EventLog log;
    private final DeliveryCursors cursors;
    private final String holder;
    private final Duration lease;

    /**
     * A feed holding leases under a name of its own, for {@code lease} each: renewed by every read of
     * pending events, a lease lapses only when its holder stops or stalls.
     */
    public WebhookFeed(EventLog log, DeliveryCursors cursors, Duration lease) {
        this(log, cursors, UUID.randomUUID().toString(), lease);
    }

    public WebhookFeed(EventLog log, DeliveryCursors cursors, String holder, Duration lease) {
        this.log = log;
        this.cursors = cursors;
        this.holder = holder;
        this.lease = lease;
    }

    @Override
    public List<StorageEvent> pending(String target, int limit) {
        OptionalLong position = cursors.claim(target, holder, log.latestId(), lease);
        if (position.isEmpty()) {
            return List.of();
        }
        return log.read(EventLog.Query.everyEventAfter(position.getAsLong(), limit));
    }

    @Override
    public void delivered(String target, StorageEvent event) {
        cursors.advance(target, event.id());
    }
}
