package io.stowage.adapter.http.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The documented shape of the JSON body of bucket create and update; the routes read it field by field. */
@Schema(description = "Bucket fields; unknown fields are ignored. On update `id` and `name` are ignored.")
public record BucketSettingsBody(
        @Schema(description = "The bucket's name (create only; `name` is taken when `id` is absent).", example = "photos")
        String id,
        @Schema(description = "The same name, as the client also sends it.", example = "photos")
        String name,
        @JsonProperty("public")
        @Schema(description = "Supabase's flag: true serves the objects on /object/public/ to anyone.")
        Boolean isPublic,
        @Schema(description = "Stowage's access policy; wins over `public` when both are given.",
                allowableValues = {"private", "public"})
        String policy,
        @JsonProperty("file_size_limit")
        @Schema(description = "Largest object in bytes: a number, a size string such as \"1MB\", or null for no limit.",
                oneOf = {Long.class, String.class}, nullable = true, example = "10MB")
        Object fileSizeLimit,
        @JsonProperty("allowed_mime_types")
        @Schema(description = "Content types the bucket admits, wildcards such as `image/*` allowed; null or [] admits any.",
                nullable = true, example = "[\"image/*\", \"application/pdf\"]")
        List<String> allowedMimeTypes,
        @Schema(description = "Create only: the configured volume (blob store) the bucket's objects live on for good;"
                + " the default volume when absent. An unknown volume is 400. On update it may only repeat the"
                + " bucket's own volume.", example = "archive")
        String volume) {
}
