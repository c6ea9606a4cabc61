package io.stowage.adapter.persistence;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.VersionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The bookkeeping statements that ride in the object catalog's own transactions: a commit drops its
 * upload intent, and a row that goes (removed, replaced, moved onto a copy) queues its blob for deletion,
 * on the volume of the bucket that held it.
 */
final class BlobTracking {

    /** Queues the blob of a row that a data-modifying CTE named {@code gone} removed (version, bucket, blob bucket). */
    static final String QUEUE_GONE = "INSERT INTO blob_deletions (version, volume, blob_bucket_id, queued_at)"
            + " SELECT gone.version, b.volume, gone.blob_bucket_id, now() FROM gone JOIN buckets b ON b.id = gone.bucket_id";

    private static final String DROP_INTENT = "DELETE FROM upload_intents WHERE version = ?";
    private static final String QUEUE = "INSERT INTO blob_deletions (version, volume, blob_bucket_id, queued_at)"
            + " SELECT ?, volume, ?, now() FROM buckets WHERE id = ? ON CONFLICT (version) DO NOTHING";

    private BlobTracking() {
    }

    static void dropIntent(Connection connection, VersionId version) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DROP_INTENT)) {
            statement.setObject(1, version.value());
            statement.executeUpdate();
        }
    }

    /** Queues the blob {@code version} under {@code blobBucket}, on the volume of {@code holder}. */
    static void queue(Connection connection, VersionId version, BucketName blobBucket, BucketName holder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(QUEUE)) {
            statement.setObject(1, version.value());
            statement.setString(2, blobBucket.value());
            statement.setString(3, holder.value());
            statement.executeUpdate();
        }
    }
}
