package io.stowage.application.service;

import io.stowage.domain.value.VersionId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The writes this instance is streaming or committing right now, by the version of their blob. A version
 * enters before its upload intent is recorded and leaves once the intent is gone (committed or forgotten)
 * or left for the sweeper; an intent this instance holds that is not in here belongs to no live write
 * (see {@link UploadLease}).
 */
public final class InFlightWrites {

    private final Set<VersionId> versions = ConcurrentHashMap.newKeySet();

    /** Called by the write path before it records {@code version}'s intent (and by tests standing in for it). */
    public void begin(VersionId version) {
        versions.add(version);
    }

    /** Called once {@code version}'s intent is committed, forgotten or left for the sweeper. */
    public void end(VersionId version) {
        versions.remove(version);
    }

    /** A snapshot of the versions in flight now. */
    public Set<VersionId> snapshot() {
        return Set.copyOf(versions);
    }
}
