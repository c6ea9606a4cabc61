package io.stowage.adapter.http.framing;

import io.micronaut.http.HttpStatus;

/** A request refused for how it is framed on the wire, before any route sees it. */
record Refusal(HttpStatus status, String message) {
}
