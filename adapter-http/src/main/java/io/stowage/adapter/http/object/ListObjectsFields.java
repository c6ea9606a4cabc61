package io.stowage.adapter.http.object;

import io.stowage.adapter.http.json.JsonFields;
import io.stowage.application.port.in.ListObjects;
import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import java.util.Locale;

/** Reads the body of POST /object/list/{bucket}: prefix, limit, offset, sortBy {column, order}, search. */
final class ListObjectsFields {

    static final int DEFAULT_LIMIT = 100;

    private ListObjectsFields() {
    }

    static ListObjects.Command command(Principal caller, BucketName bucket, JsonFields body) {
        JsonFields sortBy = body.object("sortBy").orElse(JsonFields.of(null));
        return new ListObjects.Command(
                caller,
                bucket,
                body.string("prefix").orElse(""),
                body.string("search").orElse(""),
                column(sortBy.string("column").orElse("name")),
                descending(sortBy.string("order").orElse("asc")),
                body.integer("limit").orElse(DEFAULT_LIMIT),
                body.integer("offset").orElse(0));
    }

    private static ObjectListQuery.SortColumn column(String column) {
        return switch (column) {
            case "name" -> ObjectListQuery.SortColumn.NAME;
            case "created_at" -> ObjectListQuery.SortColumn.CREATED_AT;
            // access times are not tracked; the last write is the closest truth
            case "updated_at", "last_accessed_at" -> ObjectListQuery.SortColumn.UPDATED_AT;
            default -> throw new InvalidRequest("sortBy.column must be one of name, updated_at, created_at, last_accessed_at");
        };
    }

    private static boolean descending(String order) {
        return switch (order.toLowerCase(Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new InvalidRequest("sortBy.order must be asc or desc");
        };
    }
}
