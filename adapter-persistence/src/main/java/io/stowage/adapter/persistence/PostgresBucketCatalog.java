package io.stowage.adapter.persistence;

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
import javax.sql.DataSource;

/**
 * The bucket catalog in PostgreSQL; the objects table's foreign key is what keeps a non-empty bucket alive.
 * Creating and deleting a bucket record their events in the same transaction.
 */
@Singleton
public final class PostgresBucketCatalog implements BucketCatalog {

    private static final String FIND = "SELECT " + BucketRows.COLUMNS + " FROM buckets WHERE id = ?";
    private static final String DELETE = "DELETE FROM buckets WHERE id = ? RETURNING " + BucketRows.COLUMNS;
    private static final String VOLUMES = "SELECT DISTINCT volume FROM buckets";

    private final Jdbc jdbc;

    public PostgresBucketCatalog(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void create(Bucket bucket) {
        jdbc.transaction("create bucket", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BucketRows.INSERT)) {
                BucketRows.bindInsert(connection, statement, bucket);
                if (statement.executeUpdate() == 0) {
                    throw new BucketAlreadyExists(bucket.name().value());
                }
            }
            Outbox.record(connection, EventType.BUCKET_CREATED, bucket);
            return null;
        });
    }

    @Override
    public Optional<Bucket> find(BucketName name) {
        return jdbc.autocommit("find bucket", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND)) {
                statement.setString(1, name.value());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(BucketRows.read(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Bucket> list(BucketQuery query) {
        return jdbc.autocommit("list buckets", connection -> {
            List<Bucket> buckets = new ArrayList<>();
            try (PreparedStatement statement = BucketListing.statement(query).prepare(connection);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    buckets.add(BucketRows.read(rows));
                }
            }
            return buckets;
        });
    }

    @Override
    public boolean update(Bucket bucket) {
        return jdbc.autocommit("update bucket", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BucketRows.UPDATE_SETTINGS)) {
                BucketRows.bindUpdate(connection, statement, bucket);
                return statement.executeUpdate() == 1;
            }
        });
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
                    Outbox.record(connection, EventType.BUCKET_DELETED, BucketRows.read(row));
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
        return jdbc.autocommit("list volumes in use", connection -> {
            Set<VolumeName> volumes = new TreeSet<>(Comparator.comparing(VolumeName::value));
            try (PreparedStatement statement = connection.prepareStatement(VOLUMES);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    volumes.add(new VolumeName(rows.getString(1)));
                }
            }
            return volumes;
        });
    }
}
