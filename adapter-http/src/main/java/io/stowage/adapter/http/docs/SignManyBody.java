package io.stowage.adapter.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The documented shape of the JSON body that signs many download URLs of one bucket. */
@Schema(requiredProperties = {"expiresIn", "paths"})
public record SignManyBody(
        @Schema(description = "Seconds until the URLs expire; the server caps it.", example = "3600")
        Long expiresIn,
        @Schema(description = "Object keys within the bucket; a missing or forbidden one gets `signedURL: null` and an `error`.",
                example = "[\"a.txt\", \"dir/b.png\"]")
        List<String> paths) {
}
