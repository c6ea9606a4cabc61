package io.stowage.application.port.in;

import io.stowage.domain.object.StoredObject;
import java.util.Objects;

/**
 * Copies an object's bytes and metadata to another path, in the same bucket or another one, as a new
 * object owned by the caller with a blob of its own.
 */
public interface CopyObject {

    /** @param upsert whether an object already at the destination may be replaced */
    record Command(ObjectTransfer transfer, boolean upsert) {

        public Command {
            Objects.requireNonNull(transfer, "transfer");
        }
    }

    /** The new object at the destination. */
    record Result(StoredObject object) {
    }

    Result copy(Command command);
}
