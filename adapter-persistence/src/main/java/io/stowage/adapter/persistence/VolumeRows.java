package io.stowage.adapter.persistence;

import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pages through the objects of the buckets on one volume, in version order (the version's unique index). */
final class VolumeRows {

    private static final String PAGE = "SELECT " + prefixed() + " FROM objects o JOIN buckets b ON b.id = o.bucket_id"
            + " WHERE b.volume = ? AND o.version > ? ORDER BY o.version LIMIT ?";
    private static final String FIRST_PAGE = "SELECT " + prefixed() + " FROM objects o"
            + " JOIN buckets b ON b.id = o.bucket_id WHERE b.volume = ? ORDER BY o.version LIMIT ?";

    private VolumeRows() {
    }

    static List<StoredObject> page(Connection connection, VolumeName volume, Optional<VersionId> after, int limit)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(after.isPresent() ? PAGE : FIRST_PAGE)) {
            int next = 1;
            statement.setString(next++, volume.value());
            if (after.isPresent()) {
                statement.setObject(next++, after.get().value());
            }
            statement.setInt(next, limit);
            List<StoredObject> page = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    page.add(ObjectRows.read(rows));
                }
            }
            return page;
        }
    }

    /** The object columns, qualified by the objects table's alias. */
    private static String prefixed() {
        return "o.id, o.bucket_id, o.name, o.version, o.size, o.content_type, o.checksum_sha256, o.owner,"
                + " o.cache_control, o.user_metadata::text AS user_metadata, o.created_at, o.updated_at, o.blob_bucket_id,"
            + " o.content_encoding";
    }
}
