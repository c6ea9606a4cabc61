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
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Optional;

/**
 * S3 access keys for the service role: POST creates one (the secret is in that answer only), GET lists
 * them, DELETE revokes one. JSON like the rest of the REST API.
 */
@Controller("/storage/v1/admin/s3-keys")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
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
    HttpResponse<CreatedJson> create(Principal caller, @Body @Nullable JsonNode body) {
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
    List<KeyJson> list(Principal caller) {
        return keys.list(caller).stream().map(KeyJson::of).toList();
    }

    @Delete("/{accessKeyId}")
    @Consumes(MediaType.ALL)
    Message revoke(Principal caller, @PathVariable String accessKeyId) {
        keys.revoke(caller, accessKeyId);
        return Message.DELETED;
    }
}
