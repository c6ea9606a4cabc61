package io.stowage.adapter.persistence;

import io.stowage.domain.access.ObjectScope;
import io.stowage.domain.identity.UserId;

/** Turns an {@link ObjectScope} into a predicate on the objects table aliased {@code o}. */
final class Scopes {

    private Scopes() {
    }

    static void restrict(SqlStatement sql, ObjectScope scope) {
        switch (scope.kind()) {
            case ALL -> {
            }
            case OWNED -> sql.append(" AND o.owner = ?", scope.owner().map(UserId::value).orElseThrow());
            // the service answers NONE itself; should one arrive anyway, it must show nothing
            case NONE -> sql.append(" AND false");
        }
    }
}
