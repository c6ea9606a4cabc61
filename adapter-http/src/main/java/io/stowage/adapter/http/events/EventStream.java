package io.stowage.adapter.http.events;

import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import io.stowage.application.port.in.ReadEvents;
import io.stowage.domain.event.StorageEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One subscriber's stream: polls the event log from its position on a fixed delay and sends what the
 * subscriber may read, each message with its event id so that Last-Event-ID resumes after it. Only as
 * many events as requested are sent; the rest of a page waits, and no further page is read meanwhile.
 *
 * <p>It opens with a {@value #OPENING} message whose id is the starting position: the response starts at
 * once instead of with the first event, and a client that reconnects before any event still resumes
 * from where it started. Being named, it does not reach an EventSource's {@code onmessage}.
 */
final class EventStream implements Publisher<Event<String>> {

    static final int PAGE = 100;
    static final String OPENING = "stowage.subscribed";

    private final ReadEvents feed;
    private final ReadEvents.Query start;
    private final EventPolling polling;
    private final JsonMapper mapper;
    private final AtomicBoolean subscribed = new AtomicBoolean();

    EventStream(ReadEvents feed, ReadEvents.Query start, EventPolling polling, JsonMapper mapper) {
        this.feed = feed;
        this.start = start;
        this.polling = polling;
        this.mapper = mapper;
    }

    @Override
    public void subscribe(Subscriber<? super Event<String>> subscriber) {
        if (!subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(new Poll(subscriber));
            subscriber.onError(new IllegalStateException("an event stream has one subscriber"));
            return;
        }
        Poll poll = new Poll(subscriber);
        subscriber.onSubscribe(poll);
        poll.begin();
    }

    /** The polling loop; {@link #run} is the only place that signals the subscriber after subscription. */
    private final class Poll implements Subscription, Runnable {

        private final Subscriber<? super Event<String>> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final Deque<StorageEvent> waiting = new ArrayDeque<>();
        private volatile boolean cancelled;
        private volatile ScheduledFuture<?> task;
        private long position = start.after();
        private boolean opened;

        Poll(Subscriber<? super Event<String>> subscriber) {
            this.subscriber = subscriber;
        }

        void begin() {
            long delay = polling.interval().toMillis();
            ScheduledFuture<?> scheduled = polling.scheduler().scheduleWithFixedDelay(this, 0, delay, TimeUnit.MILLISECONDS);
            task = scheduled;
            if (cancelled) {
                // cancelled while it was being scheduled, before cancel() could see the task
                scheduled.cancel(false);
            }
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("request a positive number of events"));
                return;
            }
            demand.accumulateAndGet(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
        }

        @Override
        public void cancel() {
            cancelled = true;
            ScheduledFuture<?> scheduled = task;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }

        @Override
        public void run() {
            if (cancelled || demand.get() == 0) {
                return;
            }
            try {
                if (!opened) {
                    opened = true;
                    demand.decrementAndGet();
                    String id = Long.toString(position);
                    subscriber.onNext(Event.of("{\"position\":" + id + "}").name(OPENING).id(id));
                    if (demand.get() == 0) {
                        return;
                    }
                }
                if (waiting.isEmpty()) {
                    ReadEvents.Page page = feed.read(new ReadEvents.Query(start.caller(), start.bucket(), start.type(),
                            position, start.limit()));
                    position = page.position();
                    waiting.addAll(page.events());
                }
                while (!cancelled && !waiting.isEmpty() && demand.get() > 0) {
                    StorageEvent event = waiting.poll();
                    demand.decrementAndGet();
                    subscriber.onNext(Event.of(EventJson.write(mapper, event)).id(Long.toString(event.id())));
                }
            } catch (RuntimeException e) {
                // a database outage ends the stream; the client reconnects with its Last-Event-ID
                cancel();
                subscriber.onError(e);
            }
        }
    }
}
