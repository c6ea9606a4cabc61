package io.stowage.adapter.persistence;

import io.stowage.application.port.out.BucketQuery;
import io.stowage.domain.access.BucketScope;

/** A page of buckets as SQL: the caller's scope as a predicate, the search as a name range, then sort and page. */
final class BucketListing {

    private BucketListing() {
    }

    static SqlStatement statement(BucketQuery query) {
        SqlStatement sql = new SqlStatement().append("SELECT " + BucketRow.COLUMNS + " FROM buckets WHERE true");
        visibleTo(sql, query.scope());
        query.search().filter(search -> !search.isEmpty()).ifPresent(search -> {
            sql.append(" AND id >= ?", search);
            KeyRanges.successor(search).ifPresent(until -> sql.append(" AND id < ?", until));
        });
        String direction = query.descending() ? " DESC" : "";
        String column = switch (query.sortColumn()) {
            case ID, NAME -> "id";
            case CREATED_AT -> "created_at";
            case UPDATED_AT -> "updated_at";
        };
        // the id breaks ties, so that consecutive pages neither repeat nor skip a bucket
        sql.append(" ORDER BY " + column + direction + (column.equals("id") ? "" : ", id" + direction));
        return sql.append(" LIMIT ? OFFSET ?", Math.max(0, query.limit()), Math.max(0, query.offset()));
    }

    /** The SQL form of AccessRules.canSeeBucket for a whole table. */
    private static void visibleTo(SqlStatement sql, BucketScope scope) {
        if (scope.all()) {
            return;
        }
        sql.append(" AND (policy = 'public'");
        if (scope.authenticated()) {
            sql.append(" OR policy = 'authenticated'");
        }
        scope.user().ifPresent(user -> sql.append(" OR owner = ?", user.value()));
        sql.append(")");
    }
}
