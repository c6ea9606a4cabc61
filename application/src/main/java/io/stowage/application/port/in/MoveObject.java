package io.stowage.application.port.in;

import io.stowage.domain.object.StoredObject;

/**
 * Gives an object a new path, in the same bucket or another one, without copying its bytes: it keeps
 * its id, owner, metadata and blob. A move never replaces an object already at the destination, so the
 * transfer itself is the whole command.
 */
public interface MoveObject {

    /** The object as it now answers at the destination. */
    record Result(StoredObject object) {
    }

    Result move(ObjectTransfer command);
}
