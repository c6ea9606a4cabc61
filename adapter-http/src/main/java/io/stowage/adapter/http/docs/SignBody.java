package io.stowage.adapter.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;

/** The documented shape of the JSON body that signs one URL. */
@Schema(description = "The lifetime of the URL; the query parameter `expires_in` is read when the body has none.")
public record SignBody(
        @Schema(description = "Seconds until the URL expires; the server caps it.", example = "3600")
        Long expiresIn) {
}
