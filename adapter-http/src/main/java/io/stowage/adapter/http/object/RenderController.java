package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ApiErrors;
import io.stowage.adapter.http.docs.ObjectPathRoute;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.application.port.in.RenderImage;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.image.ImageTransform;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Image transformations: GET /render/image/authenticated/..., /render/image/public/... and
 * /render/image/sign/...?token=..., each with exactly the access of the matching object read.
 */
@Controller(RenderController.ROOT)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
@Tag(name = StowageApiDefinition.OBJECTS)
final class RenderController {

    static final String ROOT = "/storage/v1/render/image";
    // ObjectPath counts four segments before its fixed ones: "", storage, v1, render; then "image" and the mode
    private static final String IMAGE = "image";
    private static final String AUTHENTICATED = "authenticated";
    private static final String PUBLIC = "public";
    private static final String SIGN = "sign";

    private final RenderImage renderImage;
    private final RenderResponses responses;

    RenderController(RenderImage renderImage, RenderResponses responses) {
        this.renderImage = renderImage;
        this.responses = responses;
    }

    @Get(value = "/authenticated/{bucket}/{+path}", headRoute = false)
    @ObjectPathRoute
    @Operation(operationId = "renderImage", summary = "A resized or re-encoded image",
            description = "Options: width, height (1-2500), resize (cover, contain, fill), quality (20-100),"
                    + " format (origin, webp; without it, WebP when Accept names image/webp).")
    @Options
    @AccessModes.Bearer
    HttpResponse<?> getAuthenticated(@Parameter(hidden = true) Principal caller, HttpRequest<?> request) {
        ObjectPath path = ObjectPath.of(request, IMAGE, AUTHENTICATED);
        ImageTransform transform = TransformOptions.fromQuery(request.getParameters());
        return responses.get(request, renderImage.render(caller, path.bucket(), path.key(), transform,
                TransformOptions.acceptsWebp(request)));
    }

    @Get(value = "/public/{bucket}/{+path}", headRoute = false)
    @ObjectPathRoute
    @Operation(operationId = "renderPublicImage", summary = "A resized or re-encoded image of a public bucket")
    @Options
    @AccessModes.Anonymous
    HttpResponse<?> getPublic(HttpRequest<?> request) {
        ObjectPath path = ObjectPath.of(request, IMAGE, PUBLIC);
        ImageTransform transform = TransformOptions.fromQuery(request.getParameters());
        return PublicRead.asMissingObject(path, () -> responses.get(request, renderImage.render(Principal.anonymous(),
                path.bucket(), path.key(), transform, TransformOptions.acceptsWebp(request))));
    }

    @Get(value = "/sign/{bucket}/{+path}", headRoute = false)
    @ObjectPathRoute
    @Operation(operationId = "renderSignedImage", summary = "A rendition through a signed render URL",
            description = "The options are the token's; those of the query are ignored.")
    @Options
    @AccessModes.SignedUrl
    HttpResponse<?> getSigned(HttpRequest<?> request, @QueryValue @Nullable @Parameter(hidden = true) String token) {
        ObjectPath path = ObjectPath.of(request, IMAGE, SIGN);
        return responses.get(request, renderImage.renderShared(token, path.bucket(), path.key(),
                TransformOptions.acceptsWebp(request)));
    }

    /** The documented answers of a render. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @Parameter(name = "width", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1", maximum = "2500"))
    @Parameter(name = "height", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1", maximum = "2500"))
    @Parameter(name = "resize", in = ParameterIn.QUERY, schema = @Schema(type = "string", allowableValues = {"cover", "contain", "fill"}))
    @Parameter(name = "quality", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "20", maximum = "100"))
    @Parameter(name = "format", in = ParameterIn.QUERY, schema = @Schema(type = "string", allowableValues = {"origin", "webp"}))
    @Parameter(name = "download", in = ParameterIn.QUERY, allowEmptyValue = true,
            description = "Present: serve as an attachment; with a value: under that file name.")
    @Parameter(name = "if-none-match", in = ParameterIn.HEADER, description = "ETags; 304 when the rendition's matches.")
    @ApiResponse(responseCode = "200", description = "The rendition, with its ETag (version and options) and Cache-Control.",
            content = @Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "Not modified: `If-None-Match` matched the rendition's ETag.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @ApiErrors.Unprocessable
    @interface Options {
    }
}
