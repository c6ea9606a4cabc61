package io.stowage.application.service;

import io.stowage.domain.object.ObjectPrecondition;
import java.util.Objects;

/**
 * The condition a write puts on its destination: the client's precondition (If-Match, If-None-Match) and
 * whether an existing object may be replaced at all.
 */
public record WriteRule(ObjectPrecondition precondition, boolean upsert) {

    public WriteRule {
        Objects.requireNonNull(precondition, "precondition");
    }

    /** A write that only creates: a taken path is refused (409). */
    public static WriteRule createOnly() {
        return new WriteRule(ObjectPrecondition.none(), false);
    }
}
