package io.stowage.application.testing;

import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.domain.access.ObjectScope;
import io.stowage.domain.object.StoredObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One folder level of a bucket computed in memory, the way a catalog query would: the scope filters
 * objects before folding, folders come first sorted by name, then files sorted by the column.
 */
final class FolderListing {

    private final ObjectListQuery query;

    FolderListing(ObjectListQuery query) {
        this.query = query;
    }

    List<ObjectListEntry> list(Iterable<StoredObject> objects) {
        TreeSet<String> folders = new TreeSet<>();
        List<StoredObject> files = new ArrayList<>();
        for (StoredObject object : objects) {
            String key = object.key().value();
            if (!visible(object) || !key.startsWith(query.prefix())) {
                continue;
            }
            String rest = key.substring(query.prefix().length());
            if (!rest.startsWith(query.search())) {
                continue;
            }
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                folders.add(rest.substring(0, slash));
            } else {
                files.add(object);
            }
        }
        Stream<ObjectListEntry> folderEntries = (query.descending() ? folders.descendingSet() : folders).stream()
                .map(ObjectListEntry::folder);
        Stream<ObjectListEntry> fileEntries = files.stream().sorted(fileOrder())
                .map(object -> ObjectListEntry.file(object.key().name(), object));
        return Stream.concat(folderEntries, fileEntries)
                .skip(query.offset())
                .limit(query.limit())
                .toList();
    }

    private boolean visible(StoredObject object) {
        ObjectScope scope = query.scope();
        return switch (scope.kind()) {
            case ALL -> true;
            case OWNED -> scope.owner().isPresent() && object.owner().equals(scope.owner());
            case NONE -> false;
        };
    }

    private Comparator<StoredObject> fileOrder() {
        Comparator<StoredObject> byName = Comparator.comparing(o -> o.key().name());
        Comparator<StoredObject> primary = switch (query.sortColumn()) {
            case NAME -> byName;
            case CREATED_AT -> Comparator.comparing(StoredObject::createdAt);
            case UPDATED_AT -> Comparator.comparing(StoredObject::updatedAt);
        };
        Comparator<StoredObject> order = primary.thenComparing(byName);
        return query.descending() ? order.reversed() : order;
    }
}
