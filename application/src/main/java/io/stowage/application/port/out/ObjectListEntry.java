package io.stowage.application.port.out;

import io.stowage.domain.object.StoredObject;
import java.util.Optional;

/** One entry of a folder listing: a sub-folder (name only) or an object. */
public record ObjectListEntry(String name, Optional<StoredObject> object) {

    public static ObjectListEntry folder(String name) {
        return new ObjectListEntry(name, Optional.empty());
    }

    public static ObjectListEntry file(String name, StoredObject object) {
        return new ObjectListEntry(name, Optional.of(object));
    }

    public boolean isFolder() {
        return object.isEmpty();
    }
}
