package io.stowage.adapter.persistence;

import io.stowage.application.port.out.ObjectListQuery;
import java.util.Optional;

/**
 * The key ranges of one folder level: its files are the names in [nameFrom, nameUntil) whose
 * folder_key is {@code folderKey}; its sub-folders are the folder keys in [folderFrom, folderUntil),
 * deeper than {@code folderKey}.
 *
 * @param folderLength the folder key's length in code points, as SQL's substr counts
 */
record LevelRange(String folderKey, int folderLength, String nameFrom, Optional<String> nameUntil,
        String folderFrom, Optional<String> folderUntil) {

    static LevelRange of(ObjectListQuery query) {
        String folderKey = KeyRanges.folderKey(query.prefix());
        String nameFrom = query.prefix() + query.search();
        String folderFrom = KeyRanges.folderKey(nameFrom);
        return new LevelRange(folderKey, folderKey.codePointCount(0, folderKey.length()), nameFrom,
                KeyRanges.successor(nameFrom), folderFrom, KeyRanges.successor(folderFrom));
    }

    /** A folder's name, from a folder key cut just after the level's next separator. */
    String folderName(String head) {
        return head.substring(folderKey.length(), head.length() - 1);
    }
}
