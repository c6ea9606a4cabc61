package io.stowage.adapter.http.admin;

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
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ApiErrors;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.adapter.http.json.Message;
import io.stowage.application.port.in.ManageVolumes;
import io.stowage.application.port.out.VolumeDefinition;
import io.stowage.application.port.out.VolumeSecrets;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Volumes managed at run time, for the service role only: list, create (probed before it is saved), read,
 * change and delete. Secret settings always come back as {@code "***"}.
 */
@Controller("/storage/v1/admin/volumes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = StowageApiDefinition.ADMIN)
final class VolumesController {

    @Serdeable
    record VolumeJson(String name, String driver, Map<String, String> settings,
            @JsonProperty("default_prefix") String defaultPrefix, @JsonProperty("path_strategy") String pathStrategy,
            boolean active, @JsonProperty("from_config") boolean fromConfig,
            @JsonProperty("created_at") String createdAt, @JsonProperty("updated_at") String updatedAt) {

        static VolumeJson of(VolumeDefinition volume) {
            return new VolumeJson(volume.name().value(), volume.driver(), VolumeSecrets.masked(volume.settings()),
                    volume.defaultPrefix(), volume.pathStrategy(), volume.active(), volume.fromConfig(),
                    volume.createdAt().toString(), volume.updatedAt().toString());
        }
    }

    private final ManageVolumes volumes;

    VolumesController(ManageVolumes volumes) {
        this.volumes = volumes;
    }

    @Get
    @Operation(operationId = "listVolumes", summary = "List volumes",
            description = "Every volume, from the configuration file (`from_config`) or the API; secrets as `***`.")
    @ApiResponse(responseCode = "200", description = "Every volume, by name.")
    @ApiErrors.Forbidden
    @AccessModes.Bearer
    List<VolumeJson> list(@Parameter(hidden = true) Principal caller) {
        return volumes.list(caller).stream().map(VolumeJson::of).toList();
    }

    @Get("/{name}")
    @Operation(operationId = "getVolume", summary = "Read a volume", description = "Secrets as `***`.")
    @ApiResponse(responseCode = "200", description = "The volume.")
    @ApiErrors.Forbidden
    @ApiErrors.NotFound
    @AccessModes.Bearer
    VolumeJson get(@Parameter(hidden = true) Principal caller, @PathVariable String name) {
        return VolumeJson.of(volumes.get(caller, name));
    }

    @Post
    @Consumes(MediaType.ALL)
    @Operation(operationId = "createVolume", summary = "Create a volume",
            description = "Body: `name`, `driver` (fs, s3, sftp, ftp, webdav), `settings` (the driver's settings,"
                    + " as in the configuration file), optional `default_prefix` and `active`. The volume is opened"
                    + " and probed (a durable write and a delete) first: a store that fails is a 422 naming the"
                    + " step, and nothing is saved.")
    @ApiResponse(responseCode = "201", description = "The volume, secrets as `***`.")
    @ApiErrors.BadRequest
    @ApiErrors.Forbidden
    @ApiErrors.Conflict
    @AccessModes.Bearer
    HttpResponse<VolumeJson> create(@Parameter(hidden = true) Principal caller, @Body @Nullable JsonNode body) {
        VolumeDefinition created = volumes.create(caller, request(JsonFields.of(body)));
        return HttpResponse.status(HttpStatus.CREATED).body(VolumeJson.of(created));
    }

    @Put("/{name}")
    @Consumes(MediaType.ALL)
    @Operation(operationId = "updateVolume", summary = "Change a volume",
            description = "Body: `settings` (a secret sent as `***` or left out keeps its value), `default_prefix`,"
                    + " `active` (false: new uploads to its buckets are refused, reads go on). Volumes of the"
                    + " configuration file cannot be changed here (409).")
    @ApiResponse(responseCode = "200", description = "The volume, secrets as `***`.")
    @ApiErrors.BadRequest
    @ApiErrors.Forbidden
    @ApiErrors.NotFound
    @ApiErrors.Conflict
    @AccessModes.Bearer
    VolumeJson update(@Parameter(hidden = true) Principal caller, @PathVariable String name,
            @Body @Nullable JsonNode body) {
        return VolumeJson.of(volumes.update(caller, name, request(JsonFields.of(body))));
    }

    @Delete("/{name}")
    @Consumes(MediaType.ALL)
    @Operation(operationId = "deleteVolume", summary = "Delete a volume",
            description = "Refused (409) while buckets use it, or when the configuration file defines it.")
    @ApiResponse(responseCode = "200", description = "`{\"message\":\"Successfully deleted\"}`.")
    @ApiErrors.Forbidden
    @ApiErrors.NotFound
    @ApiErrors.Conflict
    @AccessModes.Bearer
    Message delete(@Parameter(hidden = true) Principal caller, @PathVariable String name) {
        volumes.delete(caller, name);
        return Message.DELETED;
    }

    private static ManageVolumes.Request request(JsonFields fields) {
        Map<String, String> settings = new HashMap<>();
        fields.value("settings").ifPresent(node -> {
            if (!node.isObject()) {
                throw new InvalidRequest("settings must be an object of names and values");
            }
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                JsonNode value = entry.getValue();
                if (value.isString()) {
                    settings.put(entry.getKey(), value.getStringValue());
                } else if (value.isNumber() || value.isBoolean()) {
                    settings.put(entry.getKey(), value.coerceStringValue());
                } else if (!value.isNull()) {
                    throw new InvalidRequest("settings." + entry.getKey() + " must be a string, a number or a boolean");
                }
            }
        });
        return new ManageVolumes.Request(fields.string("name").orElse(null), fields.string("driver").orElse(null),
                settings, fields.string("default_prefix"), fields.string("path_strategy"), fields.bool("active"));
    }
}
