package io.stowage.adapter.persistence;

import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.value.ByteSize;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/** The buckets table's columns, and the translation between its rows and {@link Bucket}. */
final class BucketRows {

    static final String COLUMNS = "id, owner, policy, file_size_limit, allowed_mime_types, created_at, updated_at, volume";

    static final String INSERT = "INSERT INTO buckets (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING";

    static final String UPDATE_SETTINGS = "UPDATE buckets SET policy = ?, file_size_limit = ?, allowed_mime_types = ?,"
            + " updated_at = ? WHERE id = ?";

    private BucketRows() {
    }

    static Bucket read(ResultSet row) throws SQLException {
        return read(row, "");
    }

    /** Reads a bucket whose columns carry {@code prefix} in their labels, as in a join. */
    static Bucket read(ResultSet row, String prefix) throws SQLException {
        long limit = row.getLong(prefix + "file_size_limit");
        Optional<ByteSize> fileSizeLimit = row.wasNull() ? Optional.empty() : Optional.of(ByteSize.ofBytes(limit));
        Array mimeTypes = row.getArray(prefix + "allowed_mime_types");
        BucketSettings settings = new BucketSettings(AccessPolicy.parse(row.getString(prefix + "policy")), fileSizeLimit,
                AllowedMimeTypes.of(List.of((String[]) mimeTypes.getArray())));
        return new Bucket(
                new BucketName(row.getString(prefix + "id")),
                Optional.ofNullable(row.getString(prefix + "owner")).map(UserId::new),
                settings,
                new VolumeName(row.getString(prefix + "volume")),
                Timestamps.read(row, prefix + "created_at"),
                Timestamps.read(row, prefix + "updated_at"));
    }

    static void bindInsert(Connection connection, PreparedStatement statement, Bucket bucket) throws SQLException {
        statement.setString(1, bucket.name().value());
        statement.setString(2, bucket.owner().map(UserId::value).orElse(null));
        bindSettings(connection, statement, 3, bucket.settings());
        statement.setObject(6, Timestamps.toColumn(bucket.createdAt()));
        statement.setObject(7, Timestamps.toColumn(bucket.updatedAt()));
        statement.setString(8, bucket.volume().value());
    }

    static void bindUpdate(Connection connection, PreparedStatement statement, Bucket bucket) throws SQLException {
        bindSettings(connection, statement, 1, bucket.settings());
        statement.setObject(4, Timestamps.toColumn(bucket.updatedAt()));
        statement.setString(5, bucket.name().value());
    }

    /** Binds policy, file size limit and allowed mime types from parameter {@code first} on. */
    private static void bindSettings(Connection connection, PreparedStatement statement, int first,
            BucketSettings settings) throws SQLException {
        statement.setString(first, settings.policy().wireName());
        if (settings.fileSizeLimit().isPresent()) {
            statement.setLong(first + 1, settings.fileSizeLimit().get().bytes());
        } else {
            statement.setNull(first + 1, Types.BIGINT);
        }
        statement.setArray(first + 2, connection.createArrayOf("text",
                settings.allowedMimeTypes().values().toArray(new String[0])));
    }
}
