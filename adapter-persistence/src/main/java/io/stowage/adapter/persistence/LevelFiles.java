package io.stowage.adapter.persistence;

import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.domain.access.ObjectScope;
import io.stowage.domain.bucket.BucketName;

/** The files directly in one folder level, read in sort order from the (bucket, folder key, column) indexes. */
final class LevelFiles {

    private LevelFiles() {
    }

    static SqlStatement statement(BucketName bucket, LevelRange level, ObjectScope scope,
            ObjectListQuery.SortColumn column, boolean descending, long offset, long limit) {
        SqlStatement sql = new SqlStatement().append("SELECT " + ObjectRows.COLUMNS + " FROM objects o"
                + " WHERE o.bucket_id = ? AND o.folder_key = ? AND o.name >= ?",
                bucket.value(), level.folderKey(), level.nameFrom());
        level.nameUntil().ifPresent(until -> sql.append(" AND o.name < ?", until));
        Scopes.restrict(sql, scope);
        String direction = descending ? " DESC" : "";
        String order = switch (column) {
            case NAME -> "o.name" + direction;
            // the name breaks ties, so that consecutive pages neither repeat nor skip a file
            case CREATED_AT -> "o.created_at" + direction + ", o.name" + direction;
            case UPDATED_AT -> "o.updated_at" + direction + ", o.name" + direction;
        };
        return sql.append(" ORDER BY " + order + " LIMIT ? OFFSET ?", limit, offset);
    }
}
