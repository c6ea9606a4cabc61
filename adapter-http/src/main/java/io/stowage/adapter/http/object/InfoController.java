package io.stowage.adapter.http.object;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ApiErrors;
import io.stowage.adapter.http.docs.ObjectPathRoute;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.application.port.in.FindObject;
import io.stowage.domain.identity.Principal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An object's details without its bytes: /object/info/{bucket}/{path}, the same under /authenticated/
 * and, anonymously, under /public/, where a bucket that does not serve the public answers like a
 * missing object.
 */
@Controller(ObjectPath.ROOT + "/info")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
// like the download routes it competes with: Micronaut prefers a route that produces */* when a client
// accepts */* (as fetch does), and would otherwise send GET /object/info/... to the download of bucket
// "info"; the answer then names its JSON type itself, or Micronaut would label it */*
@Produces({MediaType.APPLICATION_JSON, MediaType.ALL})
@Tag(name = StowageApiDefinition.OBJECTS)
final class InfoController {

    private static final String INFO = "info";

    private final FindObject findObject;
    private final UserMetadata userMetadata;

    InfoController(FindObject findObject, UserMetadata userMetadata) {
        this.findObject = findObject;
        this.userMetadata = userMetadata;
    }

    @Get(value = "/{bucket}/{+path}", headRoute = false)
    @ObjectPathRoute
    @Operation(operationId = "getObjectInfo", summary = "An object's details",
            description = "Size, type, ETag, version, custom metadata and times, without the bytes.")
    @ApiResponse(responseCode = "200", description = "The object's details.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectInfoJson.class)))
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Bearer
    HttpResponse<ObjectInfoJson> info(@Parameter(hidden = true) Principal caller, HttpRequest<?> request) {
        return info(caller, ObjectPath.of(request, INFO));
    }

    @Get(value = "/authenticated/{bucket}/{+path}", headRoute = false)
    @ObjectPathRoute
    @Operation(operationId = "getAuthenticatedObjectInfo", summary = "An object's details (the client's name for the same route)")
    @ApiResponse(responseCode = "200", description = "The object's details.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectInfoJson.class)))
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Bearer
    HttpResponse<ObjectInfoJson> infoAuthenticated(@Parameter(hidden = true) Principal caller, HttpRequest<?> request) {
        return info(caller, ObjectPath.of(request, INFO, "authenticated"));
    }

    @Get(value = "/public/{bucket}/{+path}", headRoute = false)
    @ObjectPathRoute
    @Operation(operationId = "getPublicObjectInfo", summary = "An object's details, from a public bucket",
            description = "Anyone may; a bucket that does not serve the public answers like a missing object.")
    @ApiResponse(responseCode = "200", description = "The object's details.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectInfoJson.class)))
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Anonymous
    HttpResponse<ObjectInfoJson> infoPublic(HttpRequest<?> request) {
        ObjectPath path = ObjectPath.of(request, INFO, "public");
        return PublicRead.asMissingObject(path, () -> info(Principal.anonymous(), path));
    }

    private HttpResponse<ObjectInfoJson> info(Principal caller, ObjectPath path) {
        ObjectInfoJson info = ObjectInfoJson.of(findObject.findObject(caller, path.bucket(), path.key()), userMetadata);
        return HttpResponse.ok(info).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
