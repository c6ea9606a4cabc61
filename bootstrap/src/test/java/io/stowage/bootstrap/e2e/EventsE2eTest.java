package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.stowage.bootstrap.e2e.EventSubscription.Message;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Events over Server-Sent Events on the real server with real JWTs: every change's event and its JSON,
 * access filtering, and Last-Event-ID resuming without loss. Webhooks and two instances on one database
 * are in {@link WebhookE2eTest} and {@link EventsAcrossInstancesE2eTest}.
 */
class EventsE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("events-owner"));
    private static final Api OTHER = Api.as(Tokens.user("events-other"));

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
    }

    private static List<String> types(List<Message> messages) {
        return messages.stream().map(message -> message.event().get("type").asText()).toList();
    }

    @Test
    void everyChangeOfABucketArrivesInOrderWithItsFields() throws Exception {
        String bucket = unique("ev");
        ok(OWNER.createBucket(bucket, "private"));
        ok(OWNER.upload("/object/" + bucket + "/a/one.txt", "text/plain", "12345".getBytes()));
        ok(OWNER.upload("POST", "/object/" + bucket + "/a/one.txt", "text/plain",
                java.net.http.HttpRequest.BodyPublishers.ofString("1234567"), true));
        ok(OWNER.postJson("/object/move", "{\"bucketId\":\"" + bucket + "\",\"sourceKey\":\"a/one.txt\","
                + "\"destinationKey\":\"b/two.txt\"}"));
        ok(OWNER.delete("/object/" + bucket + "/b/two.txt"));
        ok(OWNER.delete("/bucket/" + bucket));

        try (EventSubscription events = EventSubscription.open(OWNER, "?bucket=" + bucket, 0)) {
            assertEquals(200, events.status());
            assertTrue(events.contentType().startsWith("text/event-stream"), events.contentType());
            List<Message> seen = events.until(event -> event.get("type").asText().equals("storage.bucket.deleted"), 30);

            assertEquals(List.of("storage.bucket.created", "storage.object.created", "storage.object.updated",
                    "storage.object.deleted", "storage.object.created", "storage.object.deleted",
                    "storage.bucket.deleted"), types(seen));
            JsonNode updated = seen.get(2).event();
            assertEquals(bucket, updated.get("bucket").asText());
            assertEquals("a/one.txt", updated.get("path").asText());
            assertEquals("events-owner", updated.get("owner_id").asText());
            assertEquals(7, updated.get("size").asLong());
            assertTrue(updated.get("version").asText().matches("[0-9a-f-]{36}"), updated.toString());
            assertTrue(updated.get("timestamp").asText().endsWith("Z"), updated.toString());
            assertEquals(seen.get(2).id(), updated.get("id").asLong(), "the SSE id is the event's");
            assertEquals("b/two.txt", seen.get(4).event().get("path").asText(), "a move creates the new path");
            JsonNode bucketCreated = seen.get(0).event();
            assertTrue(bucketCreated.get("path").isNull() && bucketCreated.get("size").isNull()
                    && bucketCreated.get("version").isNull(), bucketCreated.toString());
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i).id() > seen.get(i - 1).id(), "ids grow");
            }
        }
    }

    @Test
    void aPrivateObjectsEventNeverReachesAnotherUser() throws Exception {
        String secret = unique("secret");
        String shared = unique("shared");
        ok(OWNER.createBucket(secret, "private"));
        ok(OWNER.createBucket(shared, "authenticated"));
        ok(OWNER.upload("/object/" + secret + "/diary.txt", "text/plain", "private".getBytes()));
        ok(OWNER.upload("/object/" + shared + "/notice.txt", "text/plain", "shared".getBytes()));

        try (EventSubscription other = EventSubscription.open(OTHER, "", 0);
                EventSubscription owner = EventSubscription.open(OWNER, "", 0)) {
            // ids follow commit order: once the later event has arrived, the earlier one would have too
            List<Message> othersView = other.until(event -> event.get("path").asText("").equals("notice.txt")
                    && event.get("bucket").asText().equals(shared), 30);
            assertFalse(othersView.stream().anyMatch(message -> message.event().get("bucket").asText().equals(secret)),
                    "another user saw " + othersView);
            assertTrue(othersView.stream().anyMatch(message -> message.event().get("bucket").asText().equals(shared)
                    && message.event().get("type").asText().equals("storage.bucket.created")));
            List<Message> ownersView = owner.until(event -> event.get("path").asText("").equals("notice.txt")
                    && event.get("bucket").asText().equals(shared), 30);
            assertTrue(ownersView.stream().anyMatch(message -> message.event().get("path").asText("").equals("diary.txt")
                    && message.event().get("bucket").asText().equals(secret)), "the owner sees its own object");
        }
        try (EventSubscription anonymous = EventSubscription.open(Api.anonymous(), "?bucket=" + shared, 0)) {
            assertEquals(200, anonymous.status());
            assertEquals(0, anonymous.startPosition(), "the opening message repeats the Last-Event-ID");
            // made public, the bucket's next event is anon's: once it has come, the earlier ones would have too
            ok(OWNER.putJson("/bucket/" + shared, "{\"public\":true}"));
            ok(OWNER.upload("/object/" + shared + "/marker.txt", "text/plain", "now public".getBytes()));
            List<Message> seen = anonymous.until(event -> event.get("path").asText("").equals("marker.txt"), 30);
            assertEquals(List.of(), seen.subList(0, seen.size() - 1), "an authenticated bucket's events are not for anon");
        }
    }

    @Test
    void lastEventIdResumesAfterADisconnectWithoutLossOrRepeat() throws Exception {
        String bucket = unique("resume");
        ok(OWNER.createBucket(bucket, "private"));
        ok(OWNER.upload("/object/" + bucket + "/1.txt", "text/plain", "1".getBytes()));
        long lastSeen;
        try (EventSubscription first = EventSubscription.open(OWNER, "?bucket=" + bucket, 0)) {
            assertEquals("storage.bucket.created", first.next(30).event().get("type").asText());
            Message upload = first.next(30);
            assertEquals("1.txt", upload.event().get("path").asText());
            lastSeen = upload.id();
        }
        for (int i = 2; i <= 4; i++) {
            ok(OWNER.upload("/object/" + bucket + "/" + i + ".txt", "text/plain", "x".getBytes()));
        }
        ok(OWNER.delete("/object/" + bucket + "/1.txt"));

        try (EventSubscription resumed = EventSubscription.open(OWNER, "?bucket=" + bucket, lastSeen)) {
            List<Message> seen = resumed.until(event -> event.get("type").asText().equals("storage.object.deleted"), 30);
            assertEquals(List.of("2.txt", "3.txt", "4.txt", "1.txt"),
                    seen.stream().map(message -> message.event().get("path").asText()).toList());
            // a later event comes next, and nothing before it: the resumed stream repeats nothing
            ok(OWNER.upload("/object/" + bucket + "/5.txt", "text/plain", "5".getBytes()));
            List<Message> after = resumed.until(event -> event.get("path").asText("").equals("5.txt"), 30);
            assertEquals(List.of(), after.subList(0, after.size() - 1), "nothing repeated");
        }
    }

    @Test
    void aStreamThatSawNoEventResumesFromTheIdOfItsOpening() throws Exception {
        String bucket = unique("quiet");
        long opening;
        try (EventSubscription quiet = EventSubscription.live(OWNER, "?bucket=" + bucket)) {
            opening = quiet.startPosition();
        }
        ok(OWNER.createBucket(bucket, "private"));
        try (EventSubscription resumed = EventSubscription.open(OWNER, "?bucket=" + bucket, opening)) {
            Message missed = resumed.next(30);
            assertEquals("storage.bucket.created", missed.event().get("type").asText());
            assertEquals(bucket, missed.event().get("bucket").asText());
        }
    }

    @Test
    void aTypeFilterAndLiveDeliveryWithoutLastEventId() throws Exception {
        String bucket = unique("live");
        ok(OWNER.createBucket(bucket, "private"));
        try (EventSubscription deletions = EventSubscription.live(OWNER,
                "?bucket=" + bucket + "&type=storage.object.deleted")) {
            assertTrue(deletions.startPosition() > 0, "starts at the newest event");
            ok(OWNER.upload("/object/" + bucket + "/gone.txt", "text/plain", "x".getBytes()));
            ok(OWNER.delete("/object/" + bucket + "/gone.txt"));
            Message deleted = deletions.next(30);
            assertEquals("storage.object.deleted", deleted.event().get("type").asText());
            assertEquals("gone.txt", deleted.event().get("path").asText());
        }
        assertEquals(400, OWNER.get("/events?type=storage.object.moved").statusCode());
    }
}
