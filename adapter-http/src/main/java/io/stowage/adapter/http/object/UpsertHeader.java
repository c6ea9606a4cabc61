package io.stowage.adapter.http.object;

import io.micronaut.http.HttpRequest;

/** The {@code x-upsert} header: {@code true} (any case) lets a write replace an object; anything else does not. */
final class UpsertHeader {

    static final String NAME = "x-upsert";

    private UpsertHeader() {
    }

    static boolean of(HttpRequest<?> request) {
        return "true".equalsIgnoreCase(request.getHeaders().get(NAME));
    }
}
