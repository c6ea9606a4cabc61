package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.persistence.embedded.EmbeddedDatabase;
import io.stowage.bootstrap.Stowage;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two instances on one database: a change made through one reaches a subscriber connected to the other. */
class EventsAcrossInstancesE2eTest {

    @Test
    void aSubscriberOnOneInstanceSeesChangesMadeThroughTheOther() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Files.createTempDirectory("stowage-events-db-").toFile());
        Map<String, Object> shared = Map.of(
                "stowage.database.url", database.jdbcUrl(),
                "stowage.database.user", database.user(),
                "stowage.database.password", database.password());
        try (Stowage first = TestServer.start(shared); Stowage second = TestServer.start(shared)) {
            Api throughFirst = new Api(URI.create(first.url() + "/storage/v1"), Tokens.user("two-instances"));
            Api throughSecond = new Api(URI.create(second.url() + "/storage/v1"), Tokens.user("two-instances"));
            try (EventSubscription onSecond = EventSubscription.live(throughSecond, "?bucket=across")) {
                assertEquals(200, onSecond.status());
                onSecond.startPosition();
                assertEquals(200, throughFirst.createBucket("across", "private").statusCode());
                assertEquals(200, throughFirst.upload("/object/across/x.txt", "text/plain", "x".getBytes()).statusCode());

                assertEquals("storage.bucket.created", onSecond.next(30).event().get("type").asText());
                EventSubscription.Message upload = onSecond.next(30);
                assertEquals("storage.object.created", upload.event().get("type").asText());
                assertEquals("x.txt", upload.event().get("path").asText());
            }
        } finally {
            database.close();
        }
    }
}
