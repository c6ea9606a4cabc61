package io.stowage.adapter.persistence;

import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.event.EventAudience;
import io.stowage.domain.event.EventType;
import io.stowage.domain.event.StorageEvent;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** The storage_events table's columns, and the translation of its rows into {@link StorageEvent}. */
final class EventRows {

    static final String COLUMNS = "id, type, bucket_id, name, owner, size, version, bucket_policy, bucket_owner,"
            + " created_at";

    private EventRows() {
    }

    static StorageEvent read(ResultSet row) throws SQLException {
        long size = row.getLong("size");
        OptionalLong sizeIfAny = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(size);
        return new StorageEvent(
                row.getLong("id"),
                EventType.parse(row.getString("type")),
                new BucketName(row.getString("bucket_id")),
                Optional.ofNullable(row.getString("name")).map(ObjectKey::new),
                Optional.ofNullable(row.getString("owner")).map(UserId::new),
                sizeIfAny,
                Optional.ofNullable(row.getObject("version", UUID.class)).map(VersionId::new),
                Timestamps.read(row, "created_at"),
                new EventAudience(AccessPolicy.parse(row.getString("bucket_policy")),
                        Optional.ofNullable(row.getString("bucket_owner")).map(UserId::new)));
    }
}
