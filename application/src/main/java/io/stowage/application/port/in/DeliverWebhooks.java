package io.stowage.application.port.in;

import io.stowage.domain.event.StorageEvent;
import java.util.List;

/**
 * Feeds each webhook target every event once it is delivered, at least once: the target's position
 * moves only when the adapter reports a delivery.
 */
public interface DeliverWebhooks {

    /**
     * Up to {@code limit} events not yet delivered to {@code target}, lowest id first; none while another
     * instance delivers to that target.
     */
    List<StorageEvent> pending(String target, int limit);

    /** {@code target} acknowledged {@code event}: the next pending page starts after it. */
    void delivered(String target, StorageEvent event);
}
