package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A database that goes away answers as {@link StorageUnavailable}, on pooled and on new connections alike. */
class DatabaseOutageTest {

    private static final BucketName BUCKET = new BucketName("photos");

    @Test
    void aStoppedDatabaseIsReportedAsUnavailable() {
        File directory = TestDatabase.temporaryDirectory("stowage-outage-pg");
        EmbeddedDatabase database = EmbeddedDatabase.start(directory);
        try (HikariDataSource pool = pool(database)) {
            Flyway.configure().dataSource(pool).load().migrate();
            PostgresBucketCatalog buckets = new PostgresBucketCatalog(pool);
            PostgresObjectCatalog objects = new PostgresObjectCatalog(pool);
            DatabaseCheck check = new DatabaseCheck(pool);
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

    /** A small pool that gives up quickly, as a failed health probe should. */
    private static HikariDataSource pool(EmbeddedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(1000);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
