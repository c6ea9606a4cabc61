package io.stowage.adapter.http.docs;

import io.stowage.adapter.http.error.ErrorBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers a route can give, one annotation per status, for the OpenAPI document: each names
 * the codes {@code ErrorTable} maps to its status and points at {@link ErrorBody}. Put on a route
 * method, they become its documented responses; nothing reads them at run time.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** 400: the request is malformed (a bad bucket name, key, field, digest or size). */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "400",
            description = "InvalidRequest, InvalidKey, InvalidBucketName or BadDigest: the request is malformed.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface BadRequest {
    }

    /** 401: the Authorization header is there but is no valid bearer token. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "401",
            description = "InvalidJWT: the Authorization header is not a valid, unexpired `Bearer <JWT>`.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface Unauthorized {
    }

    /** 403: the caller may not do this. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "403",
            description = "AccessDenied: the caller may not do this.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface Forbidden {
    }

    /** 403: a signed URL's token is bad, for something else, or expired. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "403",
            description = "InvalidSignature or ExpiredToken: the token is bad, for another path or kind of access, or expired.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface TokenRefused {
    }

    /** 404: the bucket, the object or the route does not exist. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "404",
            description = "NoSuchBucket or NoSuchKey: the bucket or the object does not exist (on public routes, a bucket"
                    + " that does not serve the public reads as missing).",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface NotFound {
    }

    /** 409: the name is taken, or the bucket still holds objects. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "409",
            description = "KeyAlreadyExists, BucketAlreadyExists or BucketNotEmpty: the target exists (send"
                    + " `x-upsert: true` to replace an object) or the bucket still holds objects.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface Conflict {
    }

    /** 412: an If-Match or If-None-Match condition does not hold. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "412",
            description = "PreconditionFailed: an `If-Match` or `If-None-Match` condition does not hold.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface PreconditionFailed {
    }

    /** 413: larger than the bucket's or the server's limit. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "413",
            description = "EntityTooLarge: larger than the bucket's `file_size_limit` or the server's maximum.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface PayloadTooLarge {
    }

    /** 415: a content type the bucket does not allow. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "415",
            description = "InvalidMimeType: the bucket's `allowed_mime_types` do not admit this content type.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface UnsupportedMediaType {
    }

    /** 416: a Range that starts past the object's end. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "416",
            description = "InvalidRange: the `Range` starts past the object's end.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface RangeNotSatisfiable {
    }

    /** 422: an object that cannot be rendered as an image. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "422",
            description = "ImageProcessingError: not a JPEG, PNG, GIF, WebP or BMP image, undecodable, over 25 MB"
                    + " or over 50 megapixels.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface Unprocessable {
    }

    /** 507: the volume that would hold the upload is full. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "507",
            description = "InsufficientStorage: the bucket's volume is full; nothing was stored, reads go on working.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface InsufficientStorage {
    }

    /** 500 and 503: a failure of Stowage or of a dependency it needs (the database, the volume). */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "500",
            description = "InternalError: an unexpected failure; the message never holds internals.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "503",
            description = "ServiceUnavailable: a dependency (database or volume) does not answer; retry after `Retry-After` seconds.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public @interface ServerFailure {
    }
}
