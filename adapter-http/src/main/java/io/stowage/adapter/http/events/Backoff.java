package io.stowage.adapter.http.events;

import java.time.Duration;

/** Waits that double after each failure up to a ceiling, and start over after a success. */
final class Backoff {

    private final Duration first;
    private final Duration ceiling;
    private Duration next;

    Backoff(Duration first, Duration ceiling) {
        this.first = first;
        this.ceiling = ceiling;
        this.next = first;
    }

    /** The wait before the next attempt; each call doubles the one after, up to the ceiling. */
    Duration failed() {
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(ceiling) > 0 ? ceiling : doubled;
        return wait;
    }

    void succeeded() {
        next = first;
    }
}
