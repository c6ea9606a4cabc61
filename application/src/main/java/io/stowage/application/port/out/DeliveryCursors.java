package io.stowage.application.port.out;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * How far each webhook target has received the event log, persisted so that a restart resumes where
 * deliveries stopped instead of skipping or replaying everything, and who delivers to it: instances
 * sharing a database take a lease on a target, so that only one of them posts its events at a time.
 */
public interface DeliveryCursors {

    /**
     * Takes or renews {@code holder}'s lease on {@code target} for {@code lease} and answers the id of the
     * last event delivered to it; empty, changing nothing, while another holder's lease runs. A target seen
     * for the first time starts at {@code start} (recorded now, so later restarts keep it).
     */
    OptionalLong claim(String target, String holder, long start, Duration lease);

    /** Records that {@code target} has received every event up to {@code eventId}; never moves backwards. */
    void advance(String target, long eventId);
}
