package io.stowage.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.stowage.adapter.persistence.embedded.EmbeddedDatabase;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.DependencyCheck;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL per test JVM, with a Micronaut context built the way bootstrap builds it:
 * the pooled DataSource from datasources.default.*, Flyway migrating it at start, the adapter's beans.
 */
final class TestDatabase {

    private static TestDatabase instance;

    private final EmbeddedDatabase database;
    private final ApplicationContext context;

    private TestDatabase(EmbeddedDatabase database, ApplicationContext context) {
        this.database = database;
        this.context = context;
    }

    static synchronized TestDatabase get() {
        if (instance == null) {
            File directory = temporaryDirectory("stowage-test-pg");
            EmbeddedDatabase database = EmbeddedDatabase.start(directory);
            ApplicationContext context = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .banner(false)
                    .properties(Map.of(
                            "datasources.default.url", database.jdbcUrl(),
                            "datasources.default.username", database.user(),
                            "datasources.default.password", database.password(),
                            "datasources.default.driver-class-name", "org.postgresql.Driver",
                            "flyway.datasources.default.enabled", true))
                    .start();
            instance = new TestDatabase(database, context);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                context.close();
                database.close();
                deleteTree(directory);
            }));
        }
        return instance;
    }

    ObjectCatalog objects() {
        return context.getBean(ObjectCatalog.class);
    }

    BucketCatalog buckets() {
        return context.getBean(BucketCatalog.class);
    }

    DependencyCheck check() {
        return context.getBean(DependencyCheck.class);
    }

    /** The pool itself: the DataSource bean Micronaut Data wraps hands out only a transaction's connection. */
    DataSource dataSource() {
        return DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    EmbeddedDatabase database() {
        return database;
    }

    /** Empties both tables; tests start from nothing. */
    void truncate() {
        execute("TRUNCATE objects, buckets, upload_intents, blob_deletions");
    }

    /** The object catalog over emptied tables in which exactly the given buckets exist: the catalog contracts' start. */
    ObjectCatalog emptyCatalog(List<BucketName> buckets) {
        truncate();
        for (BucketName name : buckets) {
            buckets().create(Bucket.create(name, Optional.empty(), BucketSettings.DEFAULT, Instant.EPOCH));
        }
        return objects();
    }

    void execute(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of {@code sql}, as bytes. */
    byte[] queryBytes(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return row.getBytes(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh, empty directory; the caller deletes it with {@link #deleteTree}. */
    static File temporaryDirectory(String prefix) {
        try {
            File file = File.createTempFile(prefix, "");
            if (!file.delete() || !file.mkdirs()) {
                throw new IOException("cannot turn " + file + " into a directory");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteTree(child);
            }
        }
        file.delete();
    }
}
