package io.stowage.application.port.out;

import io.stowage.domain.access.ObjectScope;

/**
 * One folder level of a bucket: entries directly under {@code prefix} (which is "" or ends with '/')
 * whose name starts with {@code search}; deeper paths fold into one folder entry each.
 */
public record ObjectListQuery(String prefix, String search, ObjectScope scope, SortColumn sortColumn,
        boolean descending, int limit, int offset) {

    /** The attributes a listing may be sorted by; folders sort by name only. */
    public enum SortColumn { NAME, CREATED_AT, UPDATED_AT }
}
