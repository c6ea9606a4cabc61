package io.stowage.adapter.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;

/** The documented shape of the JSON body of POST /object/copy and /object/move. */
@Schema(description = "Source and destination of a copy or move.",
        requiredProperties = {"bucketId", "sourceKey", "destinationKey"})
public record TransferBody(
        @Schema(description = "The source bucket.", example = "photos")
        String bucketId,
        @Schema(description = "The source object's key.", example = "2026/cat.png")
        String sourceKey,
        @Schema(description = "The destination object's key.", example = "archive/cat.png")
        String destinationKey,
        @Schema(description = "The destination bucket (default: the source bucket).")
        String destinationBucket) {
}
