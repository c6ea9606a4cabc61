package io.stowage.application.port.in;

/** Drops events older than the retention (`stowage.events.retention`), for a schedule to call. */
public interface PruneEvents {

    /** Deletes the expired events and returns how many. */
    long prune();
}
