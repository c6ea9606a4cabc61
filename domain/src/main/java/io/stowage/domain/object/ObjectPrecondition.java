package io.stowage.domain.object;

import io.stowage.domain.error.PreconditionFailed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a write requires of the object currently at its path, from {@code If-Match} and
 * {@code If-None-Match}: {@code If-Match} names the version to replace (or "*", any), and
 * {@code If-None-Match: *} makes the write create-only. Each is absent when the header was not sent.
 */
public record ObjectPrecondition(Optional<List<String>> ifMatch, Optional<List<String>> ifNoneMatch) {

    public ObjectPrecondition {
        Objects.requireNonNull(ifMatch, "ifMatch");
        Objects.requireNonNull(ifNoneMatch, "ifNoneMatch");
        ifMatch = ifMatch.map(List::copyOf);
        ifNoneMatch = ifNoneMatch.map(List::copyOf);
    }

    public static ObjectPrecondition none() {
        return new ObjectPrecondition(Optional.empty(), Optional.empty());
    }

    /** Create-only: the write fails if anything is at the path. */
    public boolean requiresAbsence() {
        return ifNoneMatch.filter(tags -> tags.contains(EntityTags.ANY)).isPresent();
    }

    /** The client named what it replaces, so it means to replace (no separate upsert flag needed). */
    public boolean expectsAnObject() {
        return ifMatch.isPresent();
    }

    /** @throws PreconditionFailed when {@code current} is not what the headers require */
    public void check(Optional<StoredObject> current) {
        if (ifMatch.isPresent() && (current.isEmpty()
                || !EntityTags.anyMatches(ifMatch.get(), current.get().etag(), false))) {
            throw new PreconditionFailed(current.isEmpty()
                    ? "If-Match: there is no object at this path"
                    : "If-Match: the object's ETag does not match");
        }
        // RFC 9110: If-None-Match always compares weakly
        if (ifNoneMatch.isPresent() && current.isPresent()
                && EntityTags.anyMatches(ifNoneMatch.get(), current.get().etag(), true)) {
            throw new PreconditionFailed("If-None-Match: an object matching it is at this path");
        }
    }
}
