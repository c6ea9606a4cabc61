package io.stowage.adapter.persistence;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The objects table's columns, and the translation between its rows and {@link StoredObject}. */
final class ObjectRows {

    /** Every column a {@link StoredObject} needs, for SELECT and RETURNING lists. */
    static final String COLUMNS = "id, bucket_id, name, version, size, content_type, checksum_sha256, owner,"
            + " cache_control, user_metadata::text AS user_metadata, created_at, updated_at, blob_bucket_id,"
            + " content_encoding";

    static final String INSERT = "INSERT INTO objects (id, bucket_id, name, version, size, content_type,"
            + " checksum_sha256, owner, cache_control, user_metadata, created_at, updated_at, blob_bucket_id,"
            + " content_encoding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)";

    /** Every column except the row's identity: id, path and created time stay with the path. */
    static final String UPDATE_VERSION = "UPDATE objects SET version = ?, size = ?, content_type = ?,"
            + " checksum_sha256 = ?, owner = ?, cache_control = ?, user_metadata = CAST(? AS jsonb), updated_at = ?,"
            + " blob_bucket_id = ?, content_encoding = ? WHERE bucket_id = ? AND name = ?";

    private ObjectRows() {
    }

    static StoredObject read(ResultSet row) throws SQLException {
        return new StoredObject(
                row.getObject("id", UUID.class),
                new BucketName(row.getString("bucket_id")),
                new ObjectKey(row.getString("name")),
                new VersionId(row.getObject("version", UUID.class)),
                row.getLong("size"),
                new ContentType(row.getString("content_type")),
                new Checksum(row.getString("checksum_sha256")),
                Optional.ofNullable(row.getString("owner")).map(UserId::new),
                Optional.ofNullable(row.getString("cache_control")),
                Optional.ofNullable(row.getString("user_metadata")),
                Timestamps.read(row, "created_at"),
                Timestamps.read(row, "updated_at"),
                new BucketName(row.getString("blob_bucket_id")),
                Optional.ofNullable(row.getString("content_encoding")));
    }

    static void bindInsert(PreparedStatement statement, StoredObject object) throws SQLException {
        statement.setObject(1, object.id());
        statement.setString(2, object.bucket().value());
        statement.setString(3, object.key().value());
        statement.setObject(4, object.version().value());
        statement.setLong(5, object.size());
        statement.setString(6, object.contentType().value());
        statement.setString(7, object.checksum().sha256Hex());
        statement.setString(8, object.owner().map(UserId::value).orElse(null));
        statement.setString(9, object.cacheControl().orElse(null));
        statement.setString(10, object.userMetadata().orElse(null));
        statement.setObject(11, Timestamps.toColumn(object.createdAt()));
        statement.setObject(12, Timestamps.toColumn(object.updatedAt()));
        statement.setString(13, object.blobBucket().value());
        statement.setString(14, object.contentEncoding().orElse(null));
    }

    static void bindUpdate(PreparedStatement statement, StoredObject object) throws SQLException {
        statement.setObject(1, object.version().value());
        statement.setLong(2, object.size());
        statement.setString(3, object.contentType().value());
        statement.setString(4, object.checksum().sha256Hex());
        statement.setString(5, object.owner().map(UserId::value).orElse(null));
        statement.setString(6, object.cacheControl().orElse(null));
        statement.setString(7, object.userMetadata().orElse(null));
        statement.setObject(8, Timestamps.toColumn(object.updatedAt()));
        statement.setString(9, object.blobBucket().value());
        statement.setString(10, object.contentEncoding().orElse(null));
        statement.setString(11, object.bucket().value());
        statement.setString(12, object.key().value());
    }
}
