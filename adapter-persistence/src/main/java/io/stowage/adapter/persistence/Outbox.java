package io.stowage.adapter.persistence;

import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.event.EventType;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.StoredObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The event statements that ride in the catalogs' own statements and transactions, so that an event is
 * written exactly when its change commits.
 *
 * <p>Each takes the outbox lock (a transaction-scoped advisory lock) before its rows draw ids, and the
 * transaction holds it to the commit: ids are given out in commit order, which lets a reader resume after
 * the last id it saw without missing an event that committed late. The lock is always the last one a
 * transaction waits for: the row locks of the change, and the bucket row the objects' foreign key needs,
 * are taken first, so a holder of the outbox lock never waits for anyone and no deadlock can form around it.
 */
final class Outbox {

    /** "StowEvnt". */
    static final long LOCK_KEY = 0x53746f7745766e74L;

    private static final String TAKE_LOCK = "pg_advisory_xact_lock(" + LOCK_KEY + ")";
    private static final String COLUMNS = "INSERT INTO storage_events"
            + " (type, bucket_id, name, owner, size, version, bucket_policy, bucket_owner) ";
    private static final String RECORD_OBJECT = "WITH outbox_lock AS MATERIALIZED (SELECT " + TAKE_LOCK + ") "
            + COLUMNS + "SELECT ?, b.id, ?, ?, ?, ?, b.policy, b.owner FROM buckets b CROSS JOIN outbox_lock"
            + " WHERE b.id = ?";
    private static final String RECORD_BUCKET = "WITH outbox_lock AS MATERIALIZED (SELECT " + TAKE_LOCK + ") "
            + COLUMNS + "SELECT ?, ?, NULL, ?, NULL, NULL, ?, ? FROM outbox_lock";

    private Outbox() {
    }

    /**
     * CTE branches (to follow others after a comma) recording an object event for each row of the
     * data-modifying CTE {@code source}, which returns bucket_id, name, owner, size and version.
     */
    static String objectEventsFrom(String source, EventType type) {
        // the lock's CTE reads the source first, so the change's row locks are held before it is taken, and
        // key-shares the bucket row, which the foreign key check at the end of the statement would take late
        return "outbox_lock AS MATERIALIZED (SELECT " + TAKE_LOCK + " FROM (SELECT bucket_id FROM " + source
                + " LIMIT 1) s CROSS JOIN LATERAL (SELECT 1 FROM buckets WHERE id = s.bucket_id FOR KEY SHARE) k), "
                + source + "_events AS (" + COLUMNS + "SELECT '" + type.wireName() + "', s.bucket_id, s.name,"
                + " s.owner, s.size, s.version, b.policy, b.owner FROM " + source + " s"
                + " JOIN buckets b ON b.id = s.bucket_id CROSS JOIN outbox_lock)";
    }

    /** Records an object event in an open transaction, after the statements that took the change's locks. */
    static void record(Connection connection, EventType type, StoredObject object) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RECORD_OBJECT)) {
            statement.setString(1, type.wireName());
            statement.setString(2, object.key().value());
            statement.setString(3, object.owner().map(UserId::value).orElse(null));
            statement.setLong(4, object.size());
            statement.setObject(5, object.version().value());
            statement.setString(6, object.bucket().value());
            statement.executeUpdate();
        }
    }

    /** Records a bucket event in an open transaction, after the statement that created or deleted the bucket. */
    static void record(Connection connection, EventType type, Bucket bucket) throws SQLException {
        String owner = bucket.owner().map(UserId::value).orElse(null);
        try (PreparedStatement statement = connection.prepareStatement(RECORD_BUCKET)) {
            statement.setString(1, type.wireName());
            statement.setString(2, bucket.name().value());
            statement.setString(3, owner);
            statement.setString(4, bucket.policy().wireName());
            statement.setString(5, owner);
            statement.executeUpdate();
        }
    }
}
