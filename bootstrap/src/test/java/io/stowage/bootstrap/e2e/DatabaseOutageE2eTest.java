package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.persistence.embedded.EmbeddedDatabase;
import io.stowage.bootstrap.Stowage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
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
            assertEquals(503, root.get("/health").statusCode());
            assertTrue(root.get("/health").body().contains("database"));
        } finally {
            database.close();
        }
    }
}
