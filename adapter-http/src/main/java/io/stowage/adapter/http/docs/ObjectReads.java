package io.stowage.adapter.http.docs;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an object read is documented, for the OpenAPI document: the conditional and range headers it
 * honours and the answers they lead to. GET and HEAD differ: Range does not apply to HEAD.
 */
public final class ObjectReads {

    private ObjectReads() {
    }

    /** GET of an object's bytes. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @Parameter(name = "range", in = ParameterIn.HEADER, example = "bytes=0-1023",
            description = "One byte range; answered with 206 and `Content-Range`, or 416 when it starts past the end.")
    @Parameter(name = "if-range", in = ParameterIn.HEADER,
            description = "An ETag or date: the range applies only while it still matches.")
    @Parameter(name = "if-match", in = ParameterIn.HEADER, description = "ETags; 412 unless the object's matches.")
    @Parameter(name = "if-none-match", in = ParameterIn.HEADER, description = "ETags or `*`; 304 when the object's matches.")
    @Parameter(name = "if-modified-since", in = ParameterIn.HEADER, description = "An HTTP date; 304 when the object is not newer.")
    @Parameter(name = "download", in = ParameterIn.QUERY, allowEmptyValue = true,
            description = "Present: serve as an attachment; with a value: under that file name.")
    @ApiResponse(responseCode = "200", description = "The object's bytes, with its content type.",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")),
            headers = {
                    @Header(name = "ETag", schema = @Schema(type = "string")),
                    @Header(name = "Last-Modified", schema = @Schema(type = "string")),
                    @Header(name = "Cache-Control", schema = @Schema(type = "string")),
                    @Header(name = "Content-Disposition", schema = @Schema(type = "string")),
                    @Header(name = "Accept-Ranges", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "206", description = "The requested range of the object's bytes.",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")),
            headers = @Header(name = "Content-Range", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "Not modified: `If-None-Match` or `If-Modified-Since` matched.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @ApiErrors.PreconditionFailed
    @ApiErrors.RangeNotSatisfiable
    public @interface Get {
    }

    /** HEAD: GET's headers without the body. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @Parameter(name = "if-match", in = ParameterIn.HEADER, description = "ETags; 412 unless the object's matches.")
    @Parameter(name = "if-none-match", in = ParameterIn.HEADER, description = "ETags or `*`; 304 when the object's matches.")
    @Parameter(name = "if-modified-since", in = ParameterIn.HEADER, description = "An HTTP date; 304 when the object is not newer.")
    @ApiResponse(responseCode = "200",
            description = "The object's headers (Content-Type, Content-Length, ETag, Last-Modified, Cache-Control), no body.",
            headers = {
                    @Header(name = "ETag", schema = @Schema(type = "string")),
                    @Header(name = "Content-Length", schema = @Schema(type = "integer")),
                    @Header(name = "Last-Modified", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "304", description = "Not modified: `If-None-Match` or `If-Modified-Since` matched.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @ApiErrors.PreconditionFailed
    public @interface Head {
    }
}
