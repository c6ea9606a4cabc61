package io.stowage.application.port.out;

import io.stowage.domain.access.BucketScope;
import java.util.Optional;

/** A page of buckets: visible to a scope, optionally filtered by name prefix, sorted. */
public record BucketQuery(BucketScope scope, Optional<String> search, SortColumn sortColumn, boolean descending,
        int limit, int offset) {

    /** The bucket attributes a listing may be sorted by. */
    public enum SortColumn { ID, NAME, CREATED_AT, UPDATED_AT }
}
