package io.stowage.application.testing;

import io.stowage.application.port.out.SweepLock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** A {@link SweepLock} for one JVM; {@link #holdElsewhere} plays another instance holding it. */
public final class InMemorySweepLock implements SweepLock {

    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean heldElsewhere;

    @Override
    public <T> Optional<T> whileHeld(Supplier<T> work) {
        if (heldElsewhere || !lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            lock.unlock();
        }
    }

    public void holdElsewhere(boolean held) {
        heldElsewhere = held;
    }
}
