package io.stowage.domain.access;

import io.stowage.domain.identity.UserId;
import java.util.Optional;

/**
 * Which objects of one bucket a caller may see in a listing: all of them, only those a given user
 * owns, or none. Catalogs translate it into a query predicate so that paging stays correct.
 */
public record ObjectScope(Kind kind, Optional<UserId> owner) {

    /** The three shapes a listing filter can take. */
    public enum Kind { ALL, OWNED, NONE }

    public static ObjectScope all() {
        return new ObjectScope(Kind.ALL, Optional.empty());
    }

    public static ObjectScope ownedBy(UserId user) {
        return new ObjectScope(Kind.OWNED, Optional.of(user));
    }

    public static ObjectScope none() {
        return new ObjectScope(Kind.NONE, Optional.empty());
    }
}
