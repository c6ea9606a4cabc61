package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ApiErrors;
import io.stowage.adapter.http.docs.ObjectPathRoute;
import io.stowage.adapter.http.docs.ObjectWrites;
import io.stowage.adapter.http.docs.SignBody;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.adapter.http.json.Timestamps;
import io.stowage.application.port.in.SignUploadUrl;
import io.stowage.application.port.in.SignedUrl;
import io.stowage.application.port.in.UploadToSignedUrl;
import io.stowage.domain.identity.Principal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Signed uploads: POST /object/upload/sign/{bucket}/{path} signs one (optional {@code x-upsert} and
 * {@code expiresIn}); PUT on the same path with {@code ?token=} uploads with no caller identity, in
 * either body shape and under the same checks as any upload, as the user who signed.
 */
@Controller(ObjectPath.ROOT + "/upload/sign")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
@Tag(name = StowageApiDefinition.SIGNED_URLS)
final class SignedUploadController {

    private static final String UPLOAD = "upload";
    private static final String SIGN = "sign";

    private final SignUploadUrl signUploadUrl;
    private final UploadToSignedUrl uploadToSignedUrl;
    private final UploadRequests uploads;

    SignedUploadController(SignUploadUrl signUploadUrl, UploadToSignedUrl uploadToSignedUrl, UploadRequests uploads) {
        this.signUploadUrl = signUploadUrl;
        this.uploadToSignedUrl = uploadToSignedUrl;
        this.uploads = uploads;
    }

    @Post("/{bucket}/{+path}")
    @ObjectPathRoute
    @Operation(operationId = "signUploadUrl", summary = "Sign an upload URL",
            description = "The answer's `url` uploads this one path, as the signer, with PUT; `x-upsert` here decides"
                    + " whether it may replace.")
    @ApiResponse(responseCode = "200",
            description = "The relative `url` (holding the token), the `token` and `expires_at`.")
    @ObjectWrites.Upsert
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Bearer
    SignedUploadJson sign(@Parameter(hidden = true) Principal caller, HttpRequest<?> request,
            @Body @Nullable @Schema(implementation = SignBody.class) JsonNode body) {
        ObjectPath path = ObjectPath.of(request, UPLOAD, SIGN);
        boolean upsert = UpsertHeader.of(request);
        SignedUrl signed = signUploadUrl.signUpload(caller, path.bucket(), path.key(), upsert,
                ShareLinks.expiresIn(request, JsonFields.of(body)));
        return new SignedUploadJson(
                ShareLinks.relative(ShareLinks.SIGNED_UPLOAD, path.bucket(), path.key(), signed.token()),
                signed.token(), Timestamps.iso(signed.expiresAt()));
    }

    /** The client's {@code x-upsert} header is ignored here: the signer chose when signing. */
    @Put("/{bucket}/{+path}")
    @ObjectPathRoute
    @Operation(operationId = "uploadToSignedUrl", summary = "Upload through a signed URL",
            description = "No Authorization needed; the same bodies and checks as any upload.")
    @ApiResponse(responseCode = "200",
            description = "The stored object: Supabase's `Id` and `Key` (bucket/path) plus its own fields.")
    @ObjectWrites.Upload
    @ApiErrors.Conflict
    @AccessModes.SignedUrl
    UploadedJson upload(HttpRequest<?> request) {
        ObjectPath path = ObjectPath.of(request, UPLOAD, SIGN);
        String token = request.getParameters().get("token");
        return uploads.upload(request, body -> uploadToSignedUrl.uploadSigned(
                new UploadToSignedUrl.Command(token, path.bucket(), path.key(), body)).object());
    }
}
