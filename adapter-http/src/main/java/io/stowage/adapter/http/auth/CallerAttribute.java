package io.stowage.adapter.http.auth;

import io.micronaut.http.HttpRequest;
import io.stowage.domain.identity.Principal;

/** Where the caller resolved by {@link CallerFilter} travels with the request until a controller binds it. */
final class CallerAttribute {

    static final String NAME = "stowage.caller";

    private CallerAttribute() {
    }

    static void set(HttpRequest<?> request, Principal caller) {
        request.setAttribute(NAME, caller);
    }

    static Principal get(HttpRequest<?> request) {
        return request.getAttribute(NAME, Principal.class).orElseThrow(() ->
                // fail closed: a route the filter did not cover must not run as anonymous by accident
                new IllegalStateException("no caller resolved for " + request.getPath()));
    }
}
