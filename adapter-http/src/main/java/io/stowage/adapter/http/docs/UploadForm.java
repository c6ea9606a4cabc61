package io.stowage.adapter.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The documented multipart/form-data upload: text fields first, then the file part (whatever its
 * name; the Supabase client names it ""). Fields after the file part are not read.
 */
@Schema(requiredProperties = "file")
public record UploadForm(
        @Schema(description = "Seconds of `Cache-Control: max-age`, or a whole Cache-Control value.", example = "3600")
        String cacheControl,
        @Schema(description = "The object's content type (default: the file part's Content-Type).", example = "image/png")
        String contentType,
        @Schema(description = "Custom metadata as a JSON object.", example = "{\"owner\":\"ann\"}")
        String metadata,
        @Schema(type = "string", format = "binary", description = "The bytes, streamed to storage as they arrive.")
        byte[] file) {
}
