package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ApiErrors;
import io.stowage.adapter.http.docs.ObjectPathRoute;
import io.stowage.adapter.http.docs.SignBody;
import io.stowage.adapter.http.docs.SignManyBody;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.adapter.http.json.Timestamps;
import io.stowage.application.port.in.SignObjectUrl;
import io.stowage.application.port.in.SignRenderUrl;
import io.stowage.application.port.in.SignedUrl;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.object.ObjectKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

/** Signing download URLs: POST /object/sign/{bucket}/{path} for one object, POST /object/sign/{bucket} for many. */
@Controller(ObjectPath.ROOT + "/sign")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
@Tag(name = StowageApiDefinition.SIGNED_URLS)
final class SignController {

    private static final String SIGN = "sign";

    private static final String SIGNED_RENDER = "/render/image/sign/";

    private final SignObjectUrl signObjectUrl;
    private final SignRenderUrl signRenderUrl;
    private final PublicUrl publicUrl;

    SignController(SignObjectUrl signObjectUrl, SignRenderUrl signRenderUrl, PublicUrl publicUrl) {
        this.signObjectUrl = signObjectUrl;
        this.signRenderUrl = signRenderUrl;
        this.publicUrl = publicUrl;
    }

    @Post("/{bucket}/{+path}")
    @ObjectPathRoute
    @Operation(operationId = "signObjectUrl", summary = "Sign a download URL",
            description = "Anyone holding the answer's URL may read this object until it expires, and only while it"
                    + " is the same version. With a `transform` (width, height, resize, quality, format), the URL"
                    + " is a /render/image/sign/ URL serving that rendition.")
    @ApiResponse(responseCode = "200",
            description = "`signedURL` (relative to /storage/v1, as the client expects), an absolute `url` and `expires_at`.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Bearer
    SignedUrlJson sign(@Parameter(hidden = true) Principal caller, HttpRequest<?> request,
            @Body @Nullable @Schema(implementation = SignBody.class) JsonNode body) {
        ObjectPath path = ObjectPath.of(request, SIGN);
        JsonFields fields = JsonFields.of(body);
        long expiresIn = ShareLinks.requiredExpiresIn(request, fields);
        Optional<ImageTransform> transform = TransformOptions.fromSignBody(fields);
        // with a transform, the URL is a render URL whose token carries the options
        String route = transform.isPresent() ? SIGNED_RENDER : ShareLinks.SIGNED_READ;
        SignedUrl signed = transform.isPresent()
                ? signRenderUrl.signRender(caller, path.bucket(), path.key(), transform.get(), expiresIn)
                : signObjectUrl.sign(caller, path.bucket(), path.key(), expiresIn);
        return new SignedUrlJson(
                ShareLinks.relative(route, path.bucket(), path.key(), signed.token()),
                ShareLinks.absolute(publicUrl, route, path.bucket(), path.key(), signed.token()),
                Timestamps.iso(signed.expiresAt()));
    }

    @Post("/{bucket}")
    @Operation(operationId = "signObjectUrls", summary = "Sign many download URLs",
            description = "One answer per path, in order; a path that cannot be signed gets `signedURL: null` and an `error`.")
    @ApiResponse(responseCode = "200", description = "One answer per path, in the order asked.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Bearer
    List<SignedPathJson> signMany(@Parameter(hidden = true) Principal caller, HttpRequest<?> request,
            @Body @Nullable @Schema(implementation = SignManyBody.class) JsonNode body) {
        BucketName bucket = ObjectPath.bucketOf(request, SIGN);
        JsonFields fields = JsonFields.of(body);
        List<String> paths = fields.strings("paths").orElseThrow(() -> new InvalidRequest("'paths' is required"));
        long expiresIn = ShareLinks.requiredExpiresIn(request, fields);
        return signObjectUrl.signMany(caller, bucket, paths, expiresIn).stream()
                .map(outcome -> outcome.signed()
                        .map(signed -> signedPath(bucket, outcome.path(), signed))
                        .orElseGet(() -> new SignedPathJson(outcome.path(), null, null, null,
                                outcome.error().orElse(null))))
                .toList();
    }

    private SignedPathJson signedPath(BucketName bucket, String path, SignedUrl signed) {
        ObjectKey key = new ObjectKey(path);
        return new SignedPathJson(path,
                ShareLinks.relative(ShareLinks.SIGNED_READ, bucket, key, signed.token()),
                ShareLinks.absolute(publicUrl, ShareLinks.SIGNED_READ, bucket, key, signed.token()),
                Timestamps.iso(signed.expiresAt()), null);
    }
}
