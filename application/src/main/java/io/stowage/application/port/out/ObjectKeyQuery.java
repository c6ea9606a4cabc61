package io.stowage.application.port.out;

import io.stowage.domain.access.ObjectScope;
import java.util.Objects;

/**
 * A flat page of a bucket's objects in key order (code point order): the keys starting with
 * {@code prefix} from {@code from} on (inclusive or not), at most {@code limit} of them, within
 * {@code scope}. Pages follow each other by key, so a listing resumes exactly after its last key.
 */
public record ObjectKeyQuery(String prefix, String from, boolean inclusive, ObjectScope scope, int limit) {

    public ObjectKeyQuery {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(scope, "scope");
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1");
        }
    }
}
