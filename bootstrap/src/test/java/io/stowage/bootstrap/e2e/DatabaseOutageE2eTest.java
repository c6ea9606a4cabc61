package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.persistence.embedded.EmbeddedDatabase;
import io.stowage.bootstrap.Stowage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Stowage on an external PostgreSQL (configured by URL) that goes away: every request that needs the
 * database answers 503 ServiceUnavailable with Retry-After, never 404 or 500, and health reports it.
 */
class DatabaseOutageE2eTest {

    @Test
    void aDatabaseOutageIs503NotAMissingObject() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Files.createTempDirectory("stowage-external-db-").toFile());
        try (Stowage stowage = TestServer.start(Map.of(
                "stowage.database.url", database.jdbcUrl(),
                "stowage.database.user", database.user(),
                "stowage.database.password", database.password(),
                "datasources.default.connection-timeout", "1000"))) {
            Api owner = new Api(URI.create(stowage.url() + "/storage/v1"), Tokens.user("outage-owner"));
            assertEquals(200, owner.createBucket("outage", "private").statusCode());
            assertEquals(200, owner.upload("/object/outage/kept.txt", "text/plain", "kept".getBytes()).statusCode());

            database.close();

            HttpResponse<String> download = owner.get("/object/outage/kept.txt");
            assertError(download, 503, "ServiceUnavailable");
            assertTrue(download.headers().firstValue("Retry-After").isPresent(), "Retry-After on 503");
            assertError(owner.upload("/object/outage/new.txt", "text/plain", "new".getBytes()), 503, "ServiceUnavailable");
            assertError(owner.get("/bucket"), 503, "ServiceUnavailable");
            Api root = new Api(stowage.url(), null);
            HttpResponse<String> health = root.get("/health");
            assertEquals(503, health.statusCode());
            assertTrue(health.body().contains("database"));
            assertEquals(download.headers().firstValue("Retry-After"), health.headers().firstValue("Retry-After"),
                    "the probe's 503 carries the API's Retry-After");
        } finally {
            database.close();
        }
    }

    @Test
    void anUploadCutByADatabaseOutageIs503AndLeavesNoOrphanOnceTheDatabaseIsBackAndSwept() throws Exception {
        File databaseDir = Files.createTempDirectory("stowage-outage-db-").toFile();
        EmbeddedDatabase database = EmbeddedDatabase.start(databaseDir);
        int port = database.port();
        Map<String, Object> settings = new HashMap<>(Map.of(
                "stowage.database.url", database.jdbcUrl(),
                "stowage.database.user", database.user(),
                "stowage.database.password", database.password(),
                "datasources.default.connection-timeout", "1000",
                "stowage.cleanup.grace", "1s"));
        if (TestServer.onS3()) {
            settings.putAll(TestServer.s3Volume("outage-during-upload"));
        }
        try (Stowage stowage = TestServer.start(settings)) {
            Api owner = new Api(URI.create(stowage.url() + "/storage/v1"), Tokens.user("outage-owner"));
            assertEquals(200, owner.createBucket("cut", "private").statusCode());
            CountDownLatch resume = new CountDownLatch(1);
            CountDownLatch stalled = new CountDownLatch(1);
            InputStream stalling = new InputStream() {
                private int sent;

                @Override
                public int read() throws IOException {
                    if (sent == 1024 * 1024) {
                        stalled.countDown();
                        try {
                            resume.await();
                        } catch (InterruptedException e) {
                            throw new IOException(e);
                        }
                    }
                    return sent++ < 2 * 1024 * 1024 ? 'x' : -1;
                }
            };
            CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(() -> owner.upload("POST",
                    "/object/cut/a.bin", "application/octet-stream",
                    BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> stalling), 2 * 1024 * 1024), false));
            // the body is half sent and the server has recorded its intent: the upload is in flight
            assertTrue(stalled.await(1, TimeUnit.MINUTES), "the client sent the first half");
            EmbeddedDatabase running = database;
            Eventually.until(() -> intents(running), count -> count > 0, Duration.ofMinutes(1), "the upload's intent");

            database.close();
            resume.countDown();

            HttpResponse<String> refused = upload.get(1, TimeUnit.MINUTES);
            assertError(refused, 503, "ServiceUnavailable");
            assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "Retry-After on 503");

            database = EmbeddedDatabase.start(databaseDir, port);
            Api root = new Api(stowage.url(), null);
            Eventually.until(() -> root.get("/health").statusCode(), status -> status == 200, Duration.ofSeconds(20),
                    "health after the database came back");
            // the intent becomes stale once the 1 s grace has passed on the server's clock: sweep until it is
            Api admin = new Api(URI.create(stowage.url() + "/storage/v1"), Tokens.serviceRole());
            HttpResponse<String> swept = Eventually.until(() -> admin.postJson("/admin/sweep", "{}"),
                    answer -> answer.statusCode() != 200 || !answer.body().contains("\"stale_intents_expired\":0"),
                    Duration.ofSeconds(20), "a sweep that finds the stale intent");
            assertEquals(200, swept.statusCode(), swept.body());
            assertTrue(swept.body().contains("\"stale_intents_expired\":1"),
                    "the intent the failed compensation could not drop is expired: " + swept.body());

            assertEquals(404, owner.get("/object/cut/a.bin").statusCode());
            assertEquals(0, blobsOf(stowage, "cut"), "no orphan blob");
        } finally {
            database.close();
        }
    }

    /** Upload intents recorded in the server's database, read on a connection of the test's own. */
    private static long intents(EmbeddedDatabase database) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM upload_intents")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Blobs the server's default volume holds for one bucket, on disk or in the test's S3 bucket. */
    private static long blobsOf(Stowage stowage, String bucket) throws IOException {
        if (TestServer.onS3()) {
            return TestServer.s3().keys("outage-during-upload").stream().filter(k -> k.startsWith(bucket + "/")).count();
        }
        Path dir = stowage.dataDir().resolve("blobs").resolve(bucket);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
