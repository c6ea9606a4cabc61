package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.ApplicationContext;
import io.stowage.adapter.persistence.embedded.EmbeddedDatabase;
import io.stowage.application.port.out.BucketQuery;
import io.stowage.domain.access.BucketScope;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.object.ObjectKey;
import java.io.File;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A database that goes away answers as {@link StorageUnavailable}, on pooled and on new connections alike. */
class DatabaseOutageTest {

    private static final BucketName BUCKET = new BucketName("photos");

    @Test
    void aStoppedDatabaseIsReportedAsUnavailable() {
        File directory = TestDatabase.temporaryDirectory("stowage-outage-pg");
        EmbeddedDatabase database = EmbeddedDatabase.start(directory);
        try (ApplicationContext context = context(database)) {
            PostgresBucketCatalog buckets = context.getBean(PostgresBucketCatalog.class);
            PostgresObjectCatalog objects = context.getBean(PostgresObjectCatalog.class);
            DatabaseCheck check = context.getBean(DatabaseCheck.class);
            buckets.create(Bucket.create(BUCKET, Optional.empty(), BucketSettings.DEFAULT, Instant.EPOCH));
            check.check();

            database.close();

            assertUnavailable(() -> objects.find(BUCKET, new ObjectKey("a")));
            assertUnavailable(() -> buckets.find(BUCKET));
            assertUnavailable(() -> buckets.list(new BucketQuery(BucketScope.everything(), Optional.empty(),
                    BucketQuery.SortColumn.NAME, false, 10, 0)));
            assertUnavailable(check::check);
        } finally {
            database.close();
            TestDatabase.deleteTree(directory);
        }
    }

    private static void assertUnavailable(Executable call) {
        StorageUnavailable failure = assertThrows(StorageUnavailable.class, call);
        assertEquals("database unavailable", failure.getMessage());
    }

    /** The adapter's beans over a small pool that gives up quickly, as a failed health probe should. */
    private static ApplicationContext context(EmbeddedDatabase database) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .banner(false)
                .properties(Map.of(
                        "datasources.default.url", database.jdbcUrl(),
                        "datasources.default.username", database.user(),
                        "datasources.default.password", database.password(),
                        "datasources.default.driver-class-name", "org.postgresql.Driver",
                        "datasources.default.maximum-pool-size", 2,
                        "datasources.default.connection-timeout", 1000,
                        "datasources.default.initialization-fail-timeout", -1,
                        "flyway.datasources.default.enabled", true))
                .start();
    }
}
