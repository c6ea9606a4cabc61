package io.stowage.adapter.http.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import io.stowage.application.port.in.ReadEvents;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.event.EventAudience;
import io.stowage.domain.event.EventType;
import io.stowage.domain.event.StorageEvent;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The stream opens with its position, then sends only what was requested, in order, from that position,
 * with ids and JSON data.
 */
class EventStreamTest {

    private final EventPolling polling = new EventPolling(Duration.ofMillis(20));
    private final List<StorageEvent> log = new CopyOnWriteArrayList<>();
    private final JsonMapper mapper = JsonMapper.createDefault();

    private final ReadEvents feed = new ReadEvents() {
        @Override
        public Page read(Query query) {
            List<StorageEvent> page = log.stream().filter(event -> event.id() > query.after()).limit(query.limit()).toList();
            return new Page(page, page.isEmpty() ? query.after() : page.get(page.size() - 1).id());
        }

        @Override
        public long latestPosition() {
            return log.size();
        }
    };

    @AfterEach
    void stop() {
        polling.stop();
    }

    private static StorageEvent event(long id) {
        return new StorageEvent(id, EventType.OBJECT_CREATED, new BucketName("bb"), Optional.of(new ObjectKey("k" + id)),
                Optional.of(new UserId("u")), OptionalLong.of(id), Optional.of(VersionId.random()),
                Instant.parse("2026-01-01T00:00:00Z"), new EventAudience(AccessPolicy.PUBLIC, Optional.empty()));
    }

    /** Records what it receives; requests nothing by itself. */
    private static final class Recorder implements Subscriber<Event<String>> {
        final BlockingQueue<Event<String>> received = new LinkedBlockingQueue<>();
        volatile Subscription subscription;

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(Event<String> event) {
            received.add(event);
        }

        @Override
        public void onError(Throwable t) {
        }

        @Override
        public void onComplete() {
        }
    }

    @Test
    void sendsFromThePositionOnlyAsManyAsRequested() throws Exception {
        for (long id = 1; id <= 5; id++) {
            log.add(event(id));
        }
        Recorder recorder = new Recorder();
        new EventStream(feed, new ReadEvents.Query(Principal.anonymous(), Optional.empty(), Optional.empty(), 2, 100),
                polling, mapper).subscribe(recorder);
        recorder.subscription.request(3);
        Event<String> opening = recorder.received.poll(5, TimeUnit.SECONDS);
        assertEquals(EventStream.OPENING, opening.getName());
        assertEquals("2", opening.getId(), "the opening carries the starting position");
        assertEquals("3", recorder.received.poll(5, TimeUnit.SECONDS).getId());
        assertEquals("4", recorder.received.poll(5, TimeUnit.SECONDS).getId());
        assertEquals(null, recorder.received.poll(200, TimeUnit.MILLISECONDS), "no more than requested");

        recorder.subscription.request(10);
        Event<String> fifth = recorder.received.poll(5, TimeUnit.SECONDS);
        assertEquals("5", fifth.getId());
        assertTrue(fifth.getData().contains("\"owner_id\":\"u\""), fifth.getData());
        log.add(event(6));
        assertEquals("6", recorder.received.poll(5, TimeUnit.SECONDS).getId(), "a later event arrives live");

        recorder.subscription.cancel();
        log.add(event(7));
        assertEquals(null, recorder.received.poll(200, TimeUnit.MILLISECONDS), "nothing after cancel");
    }
}
