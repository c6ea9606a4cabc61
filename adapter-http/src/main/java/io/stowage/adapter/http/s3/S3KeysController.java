package io.stowage.adapter.http.s3;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.adapter.http.json.Message;
import io.stowage.application.port.in.ManageS3Keys;
import io.stowage.application.port.out.S3AccessKey;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ApiErrors;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

/**
 * S3 access keys for the service role: POST creates one (the secret is in that answer only), GET lists
 * them, DELETE revokes one. JSON like the rest of the REST API.
 */
@Controller("/storage/v1/admin/s3-keys")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = StowageApiDefinition.ADMIN)
final class S3KeysController {

    @Serdeable
    record KeyJson(@JsonProperty("access_key_id") String accessKeyId, String role,
            @JsonProperty("user_id") @Nullable String userId, @Nullable String description,
            @JsonProperty("created_at") String createdAt) {

        static KeyJson of(S3AccessKey key) {
            return new KeyJson(key.accessKeyId(), key.principal().role().claim(),
                    key.principal().user().map(UserId::value).orElse(null), key.description().orElse(null),
                    key.createdAt().toString());
        }
    }

    @Serdeable
    record CreatedJson(@JsonProperty("access_key_id") String accessKeyId,
            @JsonProperty("secret_access_key") String secretAccessKey, String role,
            @JsonProperty("user_id") @Nullable String userId, @Nullable String description,
            @JsonProperty("created_at") String createdAt) {
    }

    private final ManageS3Keys keys;

    S3KeysController(ManageS3Keys keys) {
        this.keys = keys;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Operation(operationId = "createS3Key", summary = "Create an S3 access key",
            description = "Body: `role` (`authenticated` with `user_id`, or `service_role`, the default) and an optional"
                    + " `description`. The secret is in this answer only.")
    @ApiResponse(responseCode = "201", description = "The key id and its secret.")
    @ApiErrors.BadRequest
    @ApiErrors.Forbidden
    @AccessModes.Bearer
    HttpResponse<CreatedJson> create(@Parameter(hidden = true) Principal caller, @Body @Nullable JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        Role role = Role.fromClaim(fields.string("role").orElse(Role.SERVICE_ROLE.claim()));
        Optional<UserId> user = fields.string("user_id").map(UserId::new);
        if (role == Role.ANON) {
            throw new InvalidRequest("an S3 key acts as a user (authenticated) or as the service role");
        }
        ManageS3Keys.Created created = keys.create(new ManageS3Keys.Command(caller, new Principal(role, user),
                fields.string("description")));
        S3AccessKey key = created.key();
        return HttpResponse.status(HttpStatus.CREATED).body(new CreatedJson(key.accessKeyId(), created.secret(),
                key.principal().role().claim(), key.principal().user().map(UserId::value).orElse(null),
                key.description().orElse(null), key.createdAt().toString()));
    }

    @Get
    @Operation(operationId = "listS3Keys", summary = "List S3 access keys", description = "Without their secrets.")
    @ApiResponse(responseCode = "200", description = "Every key, oldest first.")
    @ApiErrors.Forbidden
    @AccessModes.Bearer
    List<KeyJson> list(@Parameter(hidden = true) Principal caller) {
        return keys.list(caller).stream().map(KeyJson::of).toList();
    }

    @Delete("/{accessKeyId}")
    @Consumes(MediaType.ALL)
    @Operation(operationId = "revokeS3Key", summary = "Revoke an S3 access key")
    @ApiResponse(responseCode = "200", description = "`{\"message\":\"Successfully deleted\"}`.")
    @ApiErrors.BadRequest
    @ApiErrors.Forbidden
    @AccessModes.Bearer
    Message revoke(@Parameter(hidden = true) Principal caller, @PathVariable String accessKeyId) {
        keys.revoke(caller, accessKeyId);
        return Message.DELETED;
    }
}
