package io.stowage.adapter.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;

/** The documented shape of the JSON body of POST /object/list/{bucket}. */
@Schema(description = "One folder level of a bucket, a page at a time.")
public record ListObjectsBody(
        @Schema(description = "The folder to list, e.g. `2026/` (default: the bucket's root).", example = "2026/")
        String prefix,
        @Schema(description = "Entries per page.", defaultValue = "100")
        Integer limit,
        @Schema(description = "Entries to skip.", defaultValue = "0")
        Integer offset,
        @Schema(description = "Only names that start with this text.")
        String search,
        SortBy sortBy) {

    /** The listing's order. */
    @Schema(description = "The order of the listing.")
    public record SortBy(
            @Schema(allowableValues = {"name", "updated_at", "created_at", "last_accessed_at"}, defaultValue = "name")
            String column,
            @Schema(allowableValues = {"asc", "desc"}, defaultValue = "asc")
            String order) {
    }
}
