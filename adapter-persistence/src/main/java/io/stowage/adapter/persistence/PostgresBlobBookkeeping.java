package io.stowage.adapter.persistence;

import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Upload intents and the deletion queue in PostgreSQL. Recording and dropping entries commit
 * asynchronously ({@code synchronous_commit} off for that statement only): the WAL writer makes them
 * durable within a fraction of a second, well before an upload's own fsyncs end, and a lost entry costs
 * at worst a blob the reconciler finds later, never a lost object. That saves an upload a disk flush.
 */
@Singleton
public final class PostgresBlobBookkeeping implements BlobBookkeeping {

    private static final String ASYNC = "WITH async AS (SELECT set_config('synchronous_commit', 'off', true)) ";
    private static final String RECORD = ASYNC + "INSERT INTO upload_intents"
            + " (version, volume, blob_bucket_id, bucket_id, name, started_at, instance_id) SELECT ?, ?, ?, ?, ?, ?, ? FROM async";
    private static final String FORGET = ASYNC + "DELETE FROM upload_intents WHERE version = ? AND EXISTS (SELECT 1 FROM async)";
    private static final String STALE = "SELECT version, volume, blob_bucket_id, bucket_id, name, started_at"
            + " FROM upload_intents WHERE started_at < ? ORDER BY started_at LIMIT ?";
    private static final String QUEUE = "INSERT INTO blob_deletions (version, volume, blob_bucket_id, queued_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (version) DO NOTHING";
    private static final String QUEUED = "SELECT version, volume, blob_bucket_id FROM blob_deletions"
            + " ORDER BY queued_at LIMIT ?";
    private static final String DONE = ASYNC + "DELETE FROM blob_deletions WHERE version = ? AND EXISTS (SELECT 1 FROM async)";

    private static final String TRACKED = "SELECT version FROM objects WHERE version = ANY (?)"
            + " UNION SELECT version FROM upload_intents WHERE version = ANY (?)"
            + " UNION SELECT version FROM blob_deletions WHERE version = ANY (?)"
            // the staged chunks of resumable uploads (V8)
            + " UNION SELECT version FROM resumable_parts WHERE version = ANY (?)";

    private final Jdbc jdbc;
    private final PostgresInstance instance;

    /** Intents recorded here are held by {@code instance}, this process. */
    @Inject
    public PostgresBlobBookkeeping(DataSource dataSource, PostgresInstance instance) {
        this.jdbc = new Jdbc(dataSource);
        this.instance = instance;
    }

    public PostgresBlobBookkeeping(DataSource dataSource) {
        this(dataSource, new PostgresInstance(dataSource));
    }

    @Override
    public void recordIntent(UploadIntent intent) {
        instance.ensureRegistered();
        jdbc.autocommit("record upload intent", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(RECORD)) {
                statement.setObject(1, intent.location().version().value());
                statement.setString(2, intent.location().volume().value());
                statement.setString(3, intent.location().bucket().value());
                statement.setString(4, intent.bucket().value());
                statement.setString(5, intent.key().value());
                statement.setObject(6, Timestamps.toColumn(intent.startedAt()));
                statement.setObject(7, instance.id());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void recordPartialWrite(VersionId version, String partialWriteId) {
        jdbc.autocommit("record a partial write", connection -> {
            UploadLeases.recordPartialWrite(connection, version, partialWriteId);
            return null;
        });
    }

    @Override
    public List<UploadIntent> deadIntents(Instant graceCutoff, Duration leaseTimeout, int limit) {
        return jdbc.autocommit("find dead upload intents",
                connection -> UploadLeases.dead(connection, graceCutoff, leaseTimeout, limit));
    }

    @Override
    public void releaseIntents(Set<VersionId> inFlight, Instant startedBefore) {
        jdbc.autocommit("release upload intents no write holds",
                connection -> UploadLeases.release(connection, instance.id(), inFlight, startedBefore));
    }

    @Override
    public void forgetIntent(VersionId version) {
        update("forget upload intent", FORGET, version);
    }

    @Override
    public List<UploadIntent> intentsStartedBefore(Instant cutoff, int limit) {
        return jdbc.autocommit("find stale upload intents", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(STALE)) {
                statement.setObject(1, Timestamps.toColumn(cutoff));
                statement.setInt(2, limit);
                List<UploadIntent> intents = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        intents.add(new UploadIntent(location(rows), new BucketName(rows.getString("bucket_id")),
                                new ObjectKey(rows.getString("name")), Timestamps.read(rows, "started_at")));
                    }
                }
                return intents;
            }
        });
    }

    @Override
    public void queueDeletion(BlobLocation location, Instant queuedAt) {
        jdbc.autocommit("queue blob deletion", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(QUEUE)) {
                statement.setObject(1, location.version().value());
                statement.setString(2, location.volume().value());
                statement.setString(3, location.bucket().value());
                statement.setObject(4, Timestamps.toColumn(queuedAt));
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public List<BlobLocation> queuedDeletions(int limit) {
        return jdbc.autocommit("read deletion queue", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(QUEUED)) {
                statement.setInt(1, limit);
                List<BlobLocation> queued = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        queued.add(location(rows));
                    }
                }
                return queued;
            }
        });
    }

    @Override
    public void deletionDone(VersionId version) {
        update("take blob off the deletion queue", DONE, version);
    }

    @Override
    public Set<VersionId> tracked(Collection<VersionId> versions) {
        if (versions.isEmpty()) {
            return Set.of();
        }
        return jdbc.autocommit("find tracked blobs", connection -> {
            Array ids = connection.createArrayOf("uuid", versions.stream().map(VersionId::value).toArray());
            try (PreparedStatement statement = connection.prepareStatement(TRACKED)) {
                statement.setArray(1, ids);
                statement.setArray(2, ids);
                statement.setArray(3, ids);
                statement.setArray(4, ids);
                Set<VersionId> tracked = new HashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tracked.add(new VersionId(rows.getObject(1, UUID.class)));
                    }
                }
                return tracked;
            }
        });
    }

    private void update(String operation, String sql, VersionId version) {
        jdbc.autocommit(operation, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, version.value());
                return statement.executeUpdate();
            }
        });
    }

    private static BlobLocation location(ResultSet rows) throws java.sql.SQLException {
        return new BlobLocation(new VolumeName(rows.getString("volume")), new BucketName(rows.getString("blob_bucket_id")),
                new VersionId(rows.getObject("version", UUID.class)));
    }
}
