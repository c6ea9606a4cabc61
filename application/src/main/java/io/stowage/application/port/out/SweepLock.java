package io.stowage.application.port.out;

import java.util.Optional;
import java.util.function.Supplier;

/** Lets one instance at a time sweep, when several share one database and one store. */
public interface SweepLock {

    /** Runs {@code work} while holding the lock; empty, without running it, when another holder has it. */
    <T> Optional<T> whileHeld(Supplier<T> work);
}
