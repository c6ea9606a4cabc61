package io.stowage.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.port.in.ReadEvents;
import io.stowage.application.testing.InMemoryEventLog;
import io.stowage.application.testing.SettableClock;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
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
import org.junit.jupiter.api.Test;

/** Filtering by access, bucket and type, the position past hidden events, webhook cursors and retention. */
class EventFeedTest {

    private static final UserId ALICE = new UserId("alice");
    private static final UserId BOB = new UserId("bob");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final BucketName SHARED = new BucketName("shared");
    private static final BucketName SECRETS = new BucketName("secrets");

    private final InMemoryEventLog log = new InMemoryEventLog();
    private final EventFeed feed = new EventFeed(log);

    private static StorageEvent objectEvent(long id, EventType type, BucketName bucket, AccessPolicy policy, UserId owner,
            Instant at) {
        return new StorageEvent(id, type, bucket, Optional.of(new ObjectKey("f" + id)), Optional.of(owner),
                OptionalLong.of(id), Optional.of(VersionId.random()), at, new EventAudience(policy, Optional.empty()));
    }

    private void logFour() {
        log.append(objectEvent(1, EventType.OBJECT_CREATED, SHARED, AccessPolicy.AUTHENTICATED, ALICE, T0));
        log.append(objectEvent(2, EventType.OBJECT_CREATED, SECRETS, AccessPolicy.PRIVATE, ALICE, T0));
        log.append(objectEvent(3, EventType.OBJECT_DELETED, SECRETS, AccessPolicy.PRIVATE, ALICE, T0));
        log.append(objectEvent(4, EventType.OBJECT_UPDATED, SHARED, AccessPolicy.AUTHENTICATED, ALICE, T0));
    }

    private static List<Long> ids(ReadEvents.Page page) {
        return page.events().stream().map(StorageEvent::id).toList();
    }

    @Test
    void anotherUserNeverSeesAPrivateObjectsEventsButMovesPastThem() {
        logFour();
        ReadEvents.Page bobs = feed.read(new ReadEvents.Query(Principal.authenticated(BOB), Optional.empty(),
                Optional.empty(), 0, 10));
        assertEquals(List.of(1L, 4L), ids(bobs));
        assertEquals(4, bobs.position());
        ReadEvents.Page alices = feed.read(new ReadEvents.Query(Principal.authenticated(ALICE), Optional.empty(),
                Optional.empty(), 0, 10));
        assertEquals(List.of(1L, 2L, 3L, 4L), ids(alices));
    }

    @Test
    void filtersByBucketAndTypeAndResumesAfterThePosition() {
        logFour();
        Principal service = Principal.serviceRole(Optional.empty());
        assertEquals(List.of(2L, 3L), ids(feed.read(new ReadEvents.Query(service, Optional.of(SECRETS),
                Optional.empty(), 0, 10))));
        assertEquals(List.of(3L), ids(feed.read(new ReadEvents.Query(service, Optional.empty(),
                Optional.of(EventType.OBJECT_DELETED), 0, 10))));
        ReadEvents.Page first = feed.read(new ReadEvents.Query(service, Optional.empty(), Optional.empty(), 0, 3));
        assertEquals(List.of(1L, 2L, 3L), ids(first));
        ReadEvents.Page rest = feed.read(new ReadEvents.Query(service, Optional.empty(), Optional.empty(),
                first.position(), 3));
        assertEquals(List.of(4L), ids(rest));
        assertEquals(4, rest.position());
        assertEquals(4, feed.latestPosition());
    }

    @Test
    void anEmptyPageKeepsThePosition() {
        ReadEvents.Page page = feed.read(new ReadEvents.Query(Principal.anonymous(), Optional.empty(),
                Optional.empty(), 9, 10));
        assertEquals(List.of(), page.events());
        assertEquals(9, page.position());
    }

    @Test
    void aNewWebhookStartsAtTheNewestEventAndAdvancesOnlyOnDelivery() {
        WebhookFeed webhooks = new WebhookFeed(log, log, Duration.ofSeconds(30));
        log.append(objectEvent(1, EventType.OBJECT_CREATED, SHARED, AccessPolicy.PRIVATE, ALICE, T0));
        assertEquals(List.of(), webhooks.pending("http://hook", 10));
        log.append(objectEvent(2, EventType.OBJECT_CREATED, SECRETS, AccessPolicy.PRIVATE, ALICE, T0));
        log.append(objectEvent(3, EventType.OBJECT_DELETED, SECRETS, AccessPolicy.PRIVATE, ALICE, T0));
        List<StorageEvent> pending = webhooks.pending("http://hook", 10);
        assertEquals(2, pending.get(0).id());
        assertEquals(2, webhooks.pending("http://hook", 10).size(), "nothing acknowledged, nothing skipped");
        webhooks.delivered("http://hook", pending.get(0));
        assertEquals(3, webhooks.pending("http://hook", 10).get(0).id());
    }

    @Test
    void onlyTheLeaseHolderOfATargetIsFedItsEvents() {
        WebhookFeed first = new WebhookFeed(log, log, "instance-1", Duration.ofSeconds(30));
        WebhookFeed second = new WebhookFeed(log, log, "instance-2", Duration.ofSeconds(30));
        assertEquals(List.of(), first.pending("http://hook", 10));
        log.append(objectEvent(1, EventType.OBJECT_CREATED, SHARED, AccessPolicy.PRIVATE, ALICE, T0));
        assertEquals(1, first.pending("http://hook", 10).size());
        assertEquals(List.of(), second.pending("http://hook", 10), "another instance holds the lease");
        assertEquals(List.of(), second.pending("http://other-hook", 10));
        log.append(objectEvent(2, EventType.OBJECT_CREATED, SHARED, AccessPolicy.PRIVATE, ALICE, T0));
        assertEquals(2, second.pending("http://other-hook", 10).get(0).id(), "each target has its own lease");
        assertEquals(List.of(), first.pending("http://other-hook", 10));
    }

    @Test
    void retentionDropsOnlyEventsOlderThanItsWindow() {
        SettableClock clock = new SettableClock(T0.plus(Duration.ofDays(7)));
        log.append(objectEvent(1, EventType.OBJECT_CREATED, SHARED, AccessPolicy.PRIVATE, ALICE, T0.minusSeconds(1)));
        log.append(objectEvent(2, EventType.OBJECT_CREATED, SHARED, AccessPolicy.PRIVATE, ALICE, T0.plusSeconds(1)));
        assertEquals(1, new EventRetention(log, clock, Duration.ofDays(7)).prune());
        assertEquals(2, log.read(io.stowage.application.port.out.EventLog.Query.everyEventAfter(0, 10)).get(0).id());
    }

    @Test
    void resumingIsAllowedUpToTheNewestEventAndRefusedBeyondIt() {
        logFour();
        assertEquals(0, feed.resumeAfter(0));
        assertEquals(4, feed.resumeAfter(4));
        InvalidRequest beyond = assertThrows(
                InvalidRequest.class, () -> feed.resumeAfter(5));
        assertEquals("Last-Event-ID 5 is beyond the newest event (4)", beyond.getMessage());
        assertThrows(InvalidRequest.class, () -> feed.resumeAfter(-1));
    }
}
