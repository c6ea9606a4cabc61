package io.stowage.adapter.persistence;

import io.stowage.domain.access.ObjectScope;
import io.stowage.domain.bucket.BucketName;

/**
 * The sub-folders of one level by a loose index scan: a recursive query that finds the first folder
 * key of the level, then jumps past everything under that folder with one index probe, and so on. It
 * costs one probe per folder listed, however many objects each folder holds.
 */
final class FolderWalk {

    private FolderWalk() {
    }

    /**
     * A query yielding, in order, up to {@code max} rows of one column: each folder's key cut just after
     * its name ("photos" + U+0001 under the root).
     */
    static SqlStatement statement(BucketName bucket, LevelRange level, ObjectScope scope, boolean descending, long max) {
        String direction = descending ? " DESC" : "";
        SqlStatement sql = new SqlStatement().append("WITH RECURSIVE walk(head, n) AS ((");
        probe(sql, bucket, level, scope);
        sql.append(" ORDER BY o.folder_key" + direction + " LIMIT 1) UNION ALL SELECT nxt.head, w.n + 1"
                + " FROM walk w CROSS JOIN LATERAL (");
        probe(sql, bucket, level, scope);
        // skip the folder just found: ascending, past every key starting with its head (its successor
        // ends in U+0002); descending, below the head itself
        sql.append(descending ? " AND o.folder_key < w.head" : " AND o.folder_key >= (left(w.head, -1) || chr(2))");
        sql.append(" ORDER BY o.folder_key" + direction + " LIMIT 1) nxt WHERE w.n < ?)", max);
        return sql.append(" SELECT head FROM walk ORDER BY n");
    }

    /** One index probe: the folder keys of the level's sub-folders that match the search and scope. */
    private static void probe(SqlStatement sql, BucketName bucket, LevelRange level, ObjectScope scope) {
        sql.append("SELECT substr(o.folder_key, 1, ? + strpos(substr(o.folder_key, ? + 1), chr(1))) AS head, 1 AS n"
                + " FROM objects o WHERE o.bucket_id = ?", level.folderLength(), level.folderLength(), bucket.value());
        sql.append(" AND o.folder_key > ? AND o.folder_key >= ?", level.folderKey(), level.folderFrom());
        level.folderUntil().ifPresent(until -> sql.append(" AND o.folder_key < ?", until));
        Scopes.restrict(sql, scope);
    }
}
