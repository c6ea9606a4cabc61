package io.stowage.adapter.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ObjectInBucket;
import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.event.EventType;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The object catalog in PostgreSQL: one row per path, written only under a {@link WriteCondition}; every
 * change records its event in the outbox in the same statement or transaction ({@link Outbox}).
 */
@Singleton
public final class PostgresObjectCatalog implements ObjectCatalog {

    private static final String FIND = "SELECT " + ObjectRows.COLUMNS + " FROM objects WHERE bucket_id = ? AND name = ?";
    private static final String LOCK = FIND + " FOR UPDATE";
    /** The bucket's columns are labelled b_*, the object's keep their names; no object leaves them null. */
    private static final String FIND_WITH_BUCKET = "SELECT b.id AS b_id, b.owner AS b_owner, b.policy AS b_policy,"
            + " b.file_size_limit AS b_file_size_limit, b.allowed_mime_types AS b_allowed_mime_types,"
            + " b.created_at AS b_created_at, b.updated_at AS b_updated_at, b.volume AS b_volume,"
            + " o.id, o.bucket_id, o.name, o.version, o.size, o.content_type, o.checksum_sha256, o.owner,"
            + " o.cache_control, o.user_metadata::text AS user_metadata, o.created_at, o.updated_at, o.blob_bucket_id,"
            + " o.content_encoding"
            + " FROM buckets b LEFT JOIN objects o ON o.bucket_id = b.id AND o.name = ? WHERE b.id = ?";
    private static final String REMOVE = "DELETE FROM objects WHERE bucket_id = ? AND name = ? AND version = ?";
    private static final String INSERT = "WITH inserted AS (" + ObjectRows.INSERT
            + " ON CONFLICT (bucket_id, name) DO NOTHING RETURNING version) SELECT count(*) FROM inserted";
    /** Inserts the row and drops its upload intent, in one statement (one round trip, one transaction). */
    private static final String INSERT_TRACKED = "WITH inserted AS (" + ObjectRows.INSERT
            + " ON CONFLICT (bucket_id, name) DO NOTHING RETURNING version, bucket_id, name, owner, size), dropped AS ("
            + "DELETE FROM upload_intents WHERE version IN (SELECT version FROM inserted)), "
            + Outbox.objectEventsFrom("inserted", EventType.OBJECT_CREATED) + " SELECT count(*) FROM inserted";
    /** Removes the row, queues its blob and records the event, in one statement. */
    private static final String REMOVE_TRACKED = "WITH gone AS (" + REMOVE
            + " RETURNING version, bucket_id, blob_bucket_id, name, owner, size), queued AS (" + BlobTracking.QUEUE_GONE
            + "), " + Outbox.objectEventsFrom("gone", EventType.OBJECT_DELETED) + " SELECT count(*) FROM gone";
    // SKIP LOCKED: two emptying runs take disjoint batches instead of waiting on each other's rows
    private static final String REMOVE_BATCH = "WITH gone AS (DELETE FROM objects WHERE (bucket_id, name) IN ("
            + "SELECT bucket_id, name FROM objects WHERE bucket_id = ? LIMIT ? FOR UPDATE SKIP LOCKED)"
            + " RETURNING " + ObjectRows.COLUMNS + "), queued AS (" + BlobTracking.QUEUE_GONE + "), "
            + Outbox.objectEventsFrom("gone", EventType.OBJECT_DELETED) + " SELECT * FROM gone";

    private final Jdbc jdbc;
    private final JdbcOperations operations;
    private final ObjectListing listing = new ObjectListing();

    PostgresObjectCatalog(Jdbc jdbc, JdbcOperations operations) {
        this.jdbc = jdbc;
        this.operations = operations;
    }

    @Override
    public Optional<StoredObject> find(BucketName bucket, ObjectKey key) {
        return jdbc.autocommit("find object", connection -> selectOne(connection, FIND, bucket, key));
    }

    @Override
    public Optional<ObjectInBucket> findWithBucket(BucketName bucket, ObjectKey key) {
        return jdbc.autocommit("find object with bucket", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND_WITH_BUCKET)) {
                statement.setString(1, key.value());
                statement.setString(2, bucket.value());
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    Optional<StoredObject> object = row.getObject("id") == null
                            ? Optional.empty()
                            : Optional.of(ObjectRows.read(row));
                    return Optional.of(new ObjectInBucket(operations.readEntity("b_", row, BucketRow.class).bucket(), object));
                }
            }
        });
    }

    @Override
    public Optional<StoredObject> commit(StoredObject object, WriteCondition condition) {
        Optional<VersionId> expected = condition.expectedVersion();
        if (expected.isEmpty()) {
            jdbc.autocommit("create object", connection -> insert(connection, object, INSERT_TRACKED));
            return Optional.empty();
        }
        return Optional.of(jdbc.transaction("replace object", connection -> replace(connection, object, expected.get())));
    }

    @Override
    public boolean remove(StoredObject expected) {
        return jdbc.autocommit("remove object", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(REMOVE_TRACKED)) {
                statement.setString(1, expected.bucket().value());
                statement.setString(2, expected.key().value());
                statement.setObject(3, expected.version().value());
                try (ResultSet count = statement.executeQuery()) {
                    return count.next() && count.getLong(1) == 1;
                }
            }
        });
    }

    /**
     * Deletes the source before inserting the destination: the version column is unique, and the
     * destination row carries the same version until the transaction commits.
     */
    @Override
    public void move(StoredObject source, StoredObject destination) {
        jdbc.transaction("move object", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(REMOVE)) {
                statement.setString(1, source.bucket().value());
                statement.setString(2, source.key().value());
                statement.setObject(3, source.version().value());
                if (statement.executeUpdate() == 0) {
                    throw new WriteConflict("the path " + source.bucket() + "/" + source.key()
                            + " no longer holds version " + source.version());
                }
            }
            insert(connection, destination, INSERT);
            if (!destination.version().equals(source.version())) {
                // the bytes were copied to another volume: the copy is the object now, the source blob goes
                BlobTracking.dropIntent(connection, destination.version());
                BlobTracking.queue(connection, source.version(), source.blobBucket(), source.bucket());
            }
            Outbox.record(connection, EventType.OBJECT_DELETED, source);
            Outbox.record(connection, EventType.OBJECT_CREATED, destination);
            return null;
        });
    }

    @Override
    public List<StoredObject> removeBatch(BucketName bucket, int limit) {
        return jdbc.autocommit("remove objects", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(REMOVE_BATCH)) {
                statement.setString(1, bucket.value());
                statement.setInt(2, limit);
                List<StoredObject> removed = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        removed.add(ObjectRows.read(rows));
                    }
                }
                return removed;
            }
        });
    }

    @Override
    public List<StoredObject> objectsOnVolume(VolumeName volume, Optional<VersionId> after, int limit) {
        return jdbc.autocommit("page objects on a volume", connection -> VolumeRows.page(connection, volume, after, limit));
    }

    @Override
    public List<ObjectListEntry> list(BucketName bucket, ObjectListQuery query) {
        return jdbc.snapshot("list objects", connection -> listing.list(connection, bucket, query));
    }

    @Override
    public List<StoredObject> listKeys(BucketName bucket, io.stowage.application.port.out.ObjectKeyQuery query) {
        return jdbc.autocommit("list keys", connection -> {
            List<StoredObject> page = new java.util.ArrayList<>();
            try (PreparedStatement statement = KeyPage.statement(bucket, query).prepare(connection);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    page.add(ObjectRows.read(rows));
                }
            }
            return page;
        });
    }

    /** {@code sql} is {@link #INSERT} or {@link #INSERT_TRACKED}: either answers one count, 0 when the path is taken. */
    private static Void insert(Connection connection, StoredObject object, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            ObjectRows.bindInsert(statement, object);
            try (ResultSet count = statement.executeQuery()) {
                if (!count.next() || count.getLong(1) == 0) {
                    throw conflict(object, "an object");
                }
            }
            return null;
        } catch (SQLException e) {
            if (SqlFailures.hasState(e, SqlFailures.FOREIGN_KEY_VIOLATION)) {
                throw new BucketNotFound(object.bucket().value());
            }
            throw e;
        }
    }

    /** Locks the row first so that no other writer slips between the version check and the update. */
    private static StoredObject replace(Connection connection, StoredObject object, VersionId expected)
            throws SQLException {
        StoredObject current = selectOne(connection, LOCK, object.bucket(), object.key())
                .orElseThrow(() -> conflict(object, "nothing"));
        if (!current.version().equals(expected)) {
            throw conflict(object, "version " + current.version());
        }
        try (PreparedStatement statement = connection.prepareStatement(ObjectRows.UPDATE_VERSION)) {
            ObjectRows.bindUpdate(statement, object);
            statement.executeUpdate();
        }
        BlobTracking.dropIntent(connection, object.version());
        BlobTracking.queue(connection, current.version(), current.blobBucket(), current.bucket());
        Outbox.record(connection, EventType.OBJECT_UPDATED, object);
        return current;
    }

    private static Optional<StoredObject> selectOne(Connection connection, String sql, BucketName bucket, ObjectKey key)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, bucket.value());
            statement.setString(2, key.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(ObjectRows.read(row)) : Optional.empty();
            }
        }
    }

    private static WriteConflict conflict(StoredObject object, String found) {
        return new WriteConflict("the path " + object.bucket() + "/" + object.key() + " holds " + found
                + ", not what the write expected");
    }
}
