package io.stowage.adapter.persistence;

import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.StoredObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One folder level as a page of entries: the sub-folders first, by name in the query's direction,
 * then the level's files by the sort column; the offset and limit apply to that whole sequence.
 * Both parts are read in one snapshot, so a page never mixes two states of the bucket.
 */
final class ObjectListing {

    List<ObjectListEntry> list(Connection connection, BucketName bucket, ObjectListQuery query) throws SQLException {
        if (query.limit() <= 0 || cannotMatch(query)) {
            return List.of();
        }
        LevelRange level = LevelRange.of(query);
        int offset = Math.max(0, query.offset());
        long end = (long) offset + query.limit();
        List<String> folders = folders(connection, FolderWalk.statement(bucket, level, query.scope(),
                query.descending(), end));
        List<ObjectListEntry> page = new ArrayList<>();
        for (int i = offset; i < folders.size(); i++) {
            page.add(ObjectListEntry.folder(level.folderName(folders.get(i))));
        }
        int missing = query.limit() - page.size();
        if (missing > 0) {
            // the walk stopped short of the page's end, so it counted every folder of the level
            long fileOffset = Math.max(0, (long) offset - folders.size());
            page.addAll(files(connection, LevelFiles.statement(bucket, level, query.scope(), query.sortColumn(),
                    query.descending(), fileOffset, missing)));
        }
        return page;
    }

    /** A prefix or search holding the folder separator's stand-in can match no key (keys have no controls). */
    private static boolean cannotMatch(ObjectListQuery query) {
        return query.prefix().indexOf(KeyRanges.FOLDER_SEPARATOR) >= 0
                || query.search().indexOf(KeyRanges.FOLDER_SEPARATOR) >= 0;
    }

    private static List<String> folders(Connection connection, SqlStatement walk) throws SQLException {
        List<String> heads = new ArrayList<>();
        try (PreparedStatement statement = walk.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                heads.add(rows.getString(1));
            }
        }
        return heads;
    }

    private static List<ObjectListEntry> files(Connection connection, SqlStatement level) throws SQLException {
        List<ObjectListEntry> entries = new ArrayList<>();
        try (PreparedStatement statement = level.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                StoredObject object = ObjectRows.read(rows);
                entries.add(ObjectListEntry.file(object.key().name(), object));
            }
        }
        return entries;
    }
}
