package io.stowage.adapter.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The documented shape of the JSON body of DELETE /object/{bucket}. */
@Schema(requiredProperties = "prefixes")
public record DeleteObjectsBody(
        @Schema(description = "Keys to delete, at most 1000; missing or forbidden ones are skipped.",
                example = "[\"a.txt\", \"dir/b.png\"]")
        List<String> prefixes) {
}
