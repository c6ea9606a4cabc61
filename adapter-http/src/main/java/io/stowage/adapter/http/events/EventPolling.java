package io.stowage.adapter.http.events;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that poll the event log for every open event stream, and how often they do. Polling the
 * shared outbox is what lets a subscriber receive events committed through any instance.
 */
@Singleton
final class EventPolling implements ApplicationEventListener<ShutdownEvent> {

    private static final int THREADS = 4;

    private final Duration interval;
    private final ScheduledExecutorService scheduler;

    EventPolling(@Value("${stowage.events.poll-interval:200ms}") Duration interval) {
        this.interval = interval;
        AtomicInteger count = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "stowage-events-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    Duration interval() {
        return interval;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Stops the threads with the application, so that a stopped server neither polls nor posts. */
    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        stop();
    }

    void stop() {
        scheduler.shutdownNow();
    }
}
