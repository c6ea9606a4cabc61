package io.stowage.adapter.persistence;

import io.stowage.application.port.out.ObjectKeyQuery;
import io.stowage.domain.bucket.BucketName;

/**
 * A flat page of objects in name order: a range scan of the primary key (bucket_id, name), the prefix
 * written as a C-collated range (never LIKE) and the page start as one more bound.
 */
final class KeyPage {

    private KeyPage() {
    }

    static SqlStatement statement(BucketName bucket, ObjectKeyQuery query) {
        String from = query.from().compareTo(query.prefix()) < 0 ? query.prefix() : query.from();
        boolean inclusive = query.from().compareTo(query.prefix()) < 0 || query.inclusive();
        SqlStatement sql = new SqlStatement().append("SELECT " + ObjectRows.COLUMNS + " FROM objects o"
                + " WHERE o.bucket_id = ? AND o.name " + (inclusive ? ">=" : ">") + " ?", bucket.value(), from);
        KeyRanges.successor(query.prefix()).filter(until -> !query.prefix().isEmpty())
                .ifPresent(until -> sql.append(" AND o.name < ?", until));
        Scopes.restrict(sql, query.scope());
        return sql.append(" ORDER BY o.name LIMIT ?", query.limit());
    }
}
