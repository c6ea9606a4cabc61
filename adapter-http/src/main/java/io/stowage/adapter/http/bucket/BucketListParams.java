package io.stowage.adapter.http.bucket;

import io.micronaut.core.annotation.Nullable;
import io.stowage.application.port.in.ListBuckets;
import io.stowage.application.port.out.BucketQuery;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import java.util.Locale;
import java.util.Optional;

/** Reads the query of GET /bucket (limit, offset, search, sortColumn, sortOrder) into a command. */
final class BucketListParams {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 1000;

    private BucketListParams() {
    }

    static ListBuckets.Command command(Principal caller, @Nullable String limit, @Nullable String offset,
            @Nullable String search, @Nullable String sortColumn, @Nullable String sortOrder) {
        return new ListBuckets.Command(
                caller,
                Optional.ofNullable(search).filter(s -> !s.isEmpty()),
                sortColumn(sortColumn),
                descending(sortOrder),
                integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
                integer("offset", offset, 0, 0, Integer.MAX_VALUE));
    }

    private static BucketQuery.SortColumn sortColumn(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return BucketQuery.SortColumn.NAME;
        }
        return switch (text) {
            case "id" -> BucketQuery.SortColumn.ID;
            case "name" -> BucketQuery.SortColumn.NAME;
            case "created_at" -> BucketQuery.SortColumn.CREATED_AT;
            case "updated_at" -> BucketQuery.SortColumn.UPDATED_AT;
            default -> throw new InvalidRequest("sortColumn must be one of id, name, created_at, updated_at");
        };
    }

    static boolean descending(@Nullable String order) {
        if (order == null || order.isEmpty()) {
            return false;
        }
        return switch (order.toLowerCase(Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new InvalidRequest("sortOrder must be asc or desc");
        };
    }

    private static int integer(String name, @Nullable String text, int fallback, int min, int max) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new InvalidRequest(name + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name + " must be an integer");
        }
    }
}
