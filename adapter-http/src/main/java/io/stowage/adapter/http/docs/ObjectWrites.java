package io.stowage.adapter.http.docs;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an upload is documented, for the OpenAPI document: either body shape the Supabase client sends,
 * the headers that describe a raw body, and the checksum and conditional headers every upload honours.
 */
public final class ObjectWrites {

    private ObjectWrites() {
    }

    /** The body and headers of every upload route. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @RequestBody(required = true, description = """
            Either the raw bytes (any content type, which becomes the object's) or multipart/form-data \
            whose text fields come before the file part. Streamed: never held in memory.""",
            content = {
                    @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = UploadForm.class))})
    @Parameter(name = "cache-control", in = ParameterIn.HEADER, example = "max-age=3600",
            description = "Raw body: the Cache-Control to serve the object with.")
    @Parameter(name = "x-metadata", in = ParameterIn.HEADER,
            description = "Raw body: custom metadata, a JSON object in base64.")
    @Parameter(name = "content-md5", in = ParameterIn.HEADER,
            description = "Base64 MD5 of the bytes; a mismatch is refused with 400 BadDigest and nothing is stored.")
    @Parameter(name = "x-checksum-sha256", in = ParameterIn.HEADER,
            description = "Base64 SHA-256 of the bytes; a mismatch is refused with 400 BadDigest and nothing is stored.")
    @Parameter(name = "if-match", in = ParameterIn.HEADER,
            description = "ETags: replace only the version named (also without `x-upsert`); 412 otherwise.")
    @Parameter(name = "if-none-match", in = ParameterIn.HEADER, example = "*",
            description = "`*`: create only, 412 when the object exists.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @ApiErrors.PreconditionFailed
    @ApiErrors.PayloadTooLarge
    @ApiErrors.UnsupportedMediaType
    @ApiErrors.InsufficientStorage
    public @interface Upload {
    }

    /** The {@code x-upsert} header of a create that may also replace. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @Parameter(name = "x-upsert", in = ParameterIn.HEADER, schema = @Schema(type = "boolean", defaultValue = "false"),
            description = "`true` replaces an existing object; otherwise an existing one is refused with 409.")
    public @interface Upsert {
    }
}
