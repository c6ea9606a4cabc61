package io.stowage.adapter.http.auth;

import io.micronaut.http.HttpRequest;
import io.stowage.domain.identity.Principal;
import java.util.Optional;

/** Where the caller resolved by {@link CallerFilter} travels with the request until a controller binds it. */
public final class CallerAttribute {

    static final String NAME = "stowage.caller";

    private CallerAttribute() {
    }

    static void set(HttpRequest<?> request, Principal caller) {
        request.setAttribute(NAME, caller);
    }

    /** The caller, if the filter resolved one: request logs read it, and a refused token has none. */
    public static Optional<Principal> find(HttpRequest<?> request) {
        return request.getAttribute(NAME, Principal.class);
    }

    static Principal get(HttpRequest<?> request) {
        return request.getAttribute(NAME, Principal.class).orElseThrow(() ->
                // fail closed: a route the filter did not cover must not run as anonymous by accident
                new IllegalStateException("no caller resolved for " + request.getPath()));
    }
}
