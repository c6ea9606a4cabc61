package io.stowage.application.port.out;

/**
 * This instance's sign of life, shared with the other instances on the database: the upload intents it
 * records are held under its id, and count as dead once it stops renewing for longer than the lease timeout.
 */
public interface InstanceHeartbeat {

    /** Registers this instance if it is not yet, and renews its heartbeat. */
    void beat();
}
