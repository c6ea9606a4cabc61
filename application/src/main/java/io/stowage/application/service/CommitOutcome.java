package io.stowage.application.service;

import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.object.StoredObject;
import java.util.Objects;
import java.util.Optional;

/**
 * What one catalog commit of the write path did, named: the path was empty and now holds the new version,
 * or it replaced a version (whose blob the catalog queued for deletion in the same transaction), or the
 * path did not hold what the write expected (nothing changed), or the answer was lost (it may or may not
 * have taken effect; only the catalog can tell).
 */
public sealed interface CommitOutcome {

    record Created(StoredObject object) implements CommitOutcome {
        public Created {
            Objects.requireNonNull(object, "object");
        }
    }

    record Replaced(StoredObject object, StoredObject previous) implements CommitOutcome {
        public Replaced {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(previous, "previous");
        }
    }

    record ConditionFailed(WriteConflict conflict) implements CommitOutcome {
        public ConditionFailed {
            Objects.requireNonNull(conflict, "conflict");
        }
    }

    record LostAnswer(RuntimeException failure) implements CommitOutcome {
        public LostAnswer {
            Objects.requireNonNull(failure, "failure");
        }
    }

    /** The committed object, for the two outcomes that committed one. */
    default Optional<StoredObject> committed() {
        if (this instanceof Created created) {
            return Optional.of(created.object());
        }
        if (this instanceof Replaced replaced) {
            return Optional.of(replaced.object());
        }
        return Optional.empty();
    }

    /** Runs a catalog commit and names what it did. */
    static CommitOutcome of(StoredObject next, CatalogCommit commit) {
        try {
            Optional<StoredObject> previous = commit.run(next);
            return previous.<CommitOutcome>map(old -> new Replaced(next, old)).orElseGet(() -> new Created(next));
        } catch (WriteConflict conflict) {
            return new ConditionFailed(conflict);
        } catch (RuntimeException unknown) {
            return new LostAnswer(unknown);
        }
    }

    /** The catalog call that makes {@code next} current; returns the version it superseded, if any. */
    @FunctionalInterface
    interface CatalogCommit {
        Optional<StoredObject> run(StoredObject next);
    }
}
