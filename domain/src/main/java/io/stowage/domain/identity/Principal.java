package io.stowage.domain.identity;

import io.stowage.domain.error.InvalidCredentials;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling: an anonymous caller, an authenticated user, or the service role (which bypasses
 * every check). An authenticated principal always has a user id.
 */
public record Principal(Role role, Optional<UserId> user) {

    private static final Principal ANONYMOUS = new Principal(Role.ANON, Optional.empty());

    public Principal {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(user, "user");
        if (role == Role.AUTHENTICATED && user.isEmpty()) {
            throw new InvalidCredentials("an authenticated token needs a subject");
        }
        if (role == Role.ANON) {
            // an anon key may carry a subject, but it must never act as that user's ownership
            user = Optional.empty();
        }
    }

    public static Principal anonymous() {
        return ANONYMOUS;
    }

    public static Principal authenticated(UserId user) {
        return new Principal(Role.AUTHENTICATED, Optional.of(user));
    }

    public static Principal serviceRole(Optional<UserId> user) {
        return new Principal(Role.SERVICE_ROLE, user);
    }

    public boolean isServiceRole() {
        return role == Role.SERVICE_ROLE;
    }

    /** True for a signed-in user or the service role; anonymous callers are not authenticated. */
    public boolean isAuthenticated() {
        return role != Role.ANON;
    }

    /** True when this principal is the given user. */
    public boolean is(Optional<UserId> owner) {
        return user.isPresent() && owner.isPresent() && user.get().equals(owner.get());
    }
}
