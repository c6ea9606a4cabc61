package io.stowage.adapter.persistence;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The lease side of upload intents: which instance holds one, the partial write its store named, and the
 * rule that finds dead ones, judged by the database's clock ({@code now()}).
 */
final class UploadLeases {

    private static final String PARTIAL = "UPDATE upload_intents SET partial_write = ? WHERE version = ?";
    /**
     * The holder of released intents: an id no instance ever has, so the dead-intent rule's "held by an
     * instance the database does not know" takes them at once.
     */
    static final UUID RELEASED = new UUID(0, 0);
    // held by an instance silent for longer than the lease, by one the database does not know, or released
    // (RELEASED has no row): dead now; an intent no instance holds (recorded before leases) older than the
    // grace: dead too; one a live instance holds: never, however old (its upload is still streaming)
    private static final String DEAD = "SELECT i.version, i.volume, i.blob_bucket_id, i.bucket_id, i.name,"
            + " i.started_at, i.partial_write FROM upload_intents i LEFT JOIN instances n ON n.id = i.instance_id"
            + " WHERE (i.instance_id IS NULL AND i.started_at < ?)"
            + " OR (i.instance_id IS NOT NULL AND (n.id IS NULL OR n.heartbeat_at < now() - make_interval(secs => ?)))"
            + " ORDER BY i.started_at LIMIT ?";
    private static final String RELEASE = "UPDATE upload_intents SET instance_id = ? WHERE instance_id = ?"
            + " AND started_at < ? AND NOT (version = ANY (?))";

    private UploadLeases() {
    }

    static void recordPartialWrite(Connection connection, VersionId version, String partialWrite) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(PARTIAL)) {
            statement.setString(1, partialWrite);
            statement.setObject(2, version.value());
            statement.executeUpdate();
        }
    }

    /** Hands {@code instance}'s intents that are not in {@code inFlight} and started before the cutoff to the sweeper. */
    static int release(Connection connection, UUID instance, Set<VersionId> inFlight, Instant startedBefore)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RELEASE)) {
            statement.setObject(1, RELEASED);
            statement.setObject(2, instance);
            statement.setObject(3, Timestamps.toColumn(startedBefore));
            statement.setArray(4, connection.createArrayOf("uuid", inFlight.stream().map(VersionId::value).toArray()));
            return statement.executeUpdate();
        }
    }

    static List<UploadIntent> dead(Connection connection, Instant graceCutoff, Duration leaseTimeout, int limit)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DEAD)) {
            statement.setObject(1, Timestamps.toColumn(graceCutoff));
            statement.setDouble(2, leaseTimeout.toMillis() / 1000.0);
            statement.setInt(3, limit);
            List<UploadIntent> intents = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    BlobLocation location = new BlobLocation(new VolumeName(rows.getString("volume")),
                            new BucketName(rows.getString("blob_bucket_id")),
                            new VersionId(rows.getObject("version", UUID.class)));
                    intents.add(new UploadIntent(location, new BucketName(rows.getString("bucket_id")),
                            new ObjectKey(rows.getString("name")), Timestamps.read(rows, "started_at"),
                            Optional.ofNullable(rows.getString("partial_write"))));
                }
            }
            return intents;
        }
    }
}
