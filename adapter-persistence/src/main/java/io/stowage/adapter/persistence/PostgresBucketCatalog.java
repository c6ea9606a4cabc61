package io.stowage.adapter.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.BucketQuery;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.BucketAlreadyExists;
import io.stowage.domain.error.BucketNotEmpty;
import io.stowage.domain.event.EventType;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bucket catalog in PostgreSQL; the objects table's foreign key is what keeps a non-empty bucket alive.
 * Creating and deleting a bucket record their events in the same transaction. Plain statements go through
 * {@link BucketRepository}; the listing and the DELETE ... RETURNING keep their SQL, and Micronaut Data
 * maps their rows.
 */
@Singleton
public final class PostgresBucketCatalog implements BucketCatalog {

    private static final String DELETE = "DELETE FROM buckets WHERE id = ? RETURNING " + BucketRow.COLUMNS;

    private final BucketRepository rows;
    private final JdbcOperations operations;
    private final Jdbc jdbc;

    PostgresBucketCatalog(BucketRepository rows, JdbcOperations operations, Jdbc jdbc) {
        this.rows = rows;
        this.operations = operations;
        this.jdbc = jdbc;
    }

    @Override
    public void create(Bucket bucket) {
        jdbc.transaction("create bucket", connection -> {
            try {
                rows.save(BucketRow.of(bucket));
            } catch (RuntimeException e) {
                if (SqlFailures.causedByState(e, SqlFailures.UNIQUE_VIOLATION)) {
                    throw new BucketAlreadyExists(bucket.name().value());
                }
                throw e;
            }
            Outbox.record(connection, EventType.BUCKET_CREATED, bucket);
            return null;
        });
    }

    @Override
    public Optional<Bucket> find(BucketName name) {
        return jdbc.autocommit("find bucket", connection -> rows.findById(name.value()).map(BucketRow::bucket));
    }

    @Override
    public List<Bucket> list(BucketQuery query) {
        return jdbc.autocommit("list buckets", connection -> {
            List<Bucket> buckets = new ArrayList<>();
            try (PreparedStatement statement = BucketListing.statement(query).prepare(connection);
                    ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    buckets.add(operations.readEntity(found, BucketRow.class).bucket());
                }
            }
            return buckets;
        });
    }

    @Override
    public boolean update(Bucket bucket) {
        return jdbc.autocommit("update bucket", connection -> rows.update(bucket.name().value(),
                bucket.settings().policy().wireName(),
                bucket.settings().fileSizeLimit().map(limit -> limit.bytes()).orElse(null),
                BucketRow.mimeTypes(bucket.settings()), Timestamps.exact(bucket.updatedAt())) == 1);
    }

    @Override
    public boolean delete(BucketName name) {
        // two statements: the foreign key check runs at the end of the DELETE, before the outbox lock is taken
        return jdbc.transaction("delete bucket", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
                statement.setString(1, name.value());
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return false;
                    }
                    Outbox.record(connection, EventType.BUCKET_DELETED, operations.readEntity(row, BucketRow.class).bucket());
                    return true;
                }
            } catch (SQLException e) {
                if (SqlFailures.hasState(e, SqlFailures.FOREIGN_KEY_VIOLATION)) {
                    throw new BucketNotEmpty(name.value());
                }
                throw e;
            }
        });
    }

    @Override
    public Set<VolumeName> volumesInUse() {
        Set<VolumeName> volumes = new TreeSet<>(Comparator.comparing(VolumeName::value));
        jdbc.autocommit("list volumes in use", connection -> rows.findVolumes()).forEach(v -> volumes.add(new VolumeName(v)));
        return volumes;
    }
}
