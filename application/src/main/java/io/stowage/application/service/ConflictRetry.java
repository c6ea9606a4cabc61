package io.stowage.application.service;

import io.stowage.domain.error.StorageUnavailable;
import java.util.Optional;

/**
 * The one retry loop for writes that lost a race on a path: each attempt looks again (checks included)
 * and either settles or says it met a concurrent change; after {@link #MAX_ATTEMPTS} such changes the
 * caller gets a 503 to retry later, never an endless loop.
 */
final class ConflictRetry {

    static final int MAX_ATTEMPTS = 20;

    /** One look at the path: a result when it settled, empty when a concurrent write got in between. */
    @FunctionalInterface
    interface Attempt<T> {
        Optional<T> run();
    }

    private ConflictRetry() {
    }

    static <T> T untilSettled(Attempt<T> attempt) {
        for (int i = 1; i <= MAX_ATTEMPTS; i++) {
            Optional<T> settled = attempt.run();
            if (settled.isPresent()) {
                return settled.get();
            }
        }
        throw new StorageUnavailable("too many concurrent writes to one path; retry", null);
    }
}
