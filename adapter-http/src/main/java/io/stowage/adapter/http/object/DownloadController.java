package io.stowage.adapter.http.object;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ObjectPathRoute;
import io.stowage.adapter.http.docs.ObjectReads;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.application.port.in.DownloadObject;
import io.stowage.application.port.in.FindObject;
import io.stowage.domain.identity.Principal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Object reads: GET and HEAD on /object/{bucket}/{path}, on /object/authenticated/... (the same, as the
 * client names it) and on /object/public/..., where the caller is always anonymous and a bucket that
 * does not serve the public answers exactly like a missing object.
 */
@Controller(ObjectPath.ROOT)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
@Tag(name = StowageApiDefinition.OBJECTS)
final class DownloadController {

    private static final String AUTHENTICATED = "authenticated";
    private static final String PUBLIC = "public";

    private final DownloadObject downloadObject;
    private final FindObject findObject;
    private final DownloadResponses responses;

    DownloadController(DownloadObject downloadObject, FindObject findObject, DownloadResponses responses) {
        this.downloadObject = downloadObject;
        this.findObject = findObject;
        this.responses = responses;
    }

    @Get(value = "/{bucket}/{+path}", headRoute = false)
    @ObjectPathRoute
    @Operation(operationId = "downloadObject", summary = "Download an object")
    @ObjectReads.Get
    @AccessModes.Bearer
    HttpResponse<?> get(@Parameter(hidden = true) Principal caller, HttpRequest<?> request) {
        return get(caller, request, ObjectPath.of(request));
    }

    @Head("/{bucket}/{+path}")
    @ObjectPathRoute
    @Operation(operationId = "headObject", summary = "An object's headers")
    @ObjectReads.Head
    @AccessModes.Bearer
    HttpResponse<?> head(@Parameter(hidden = true) Principal caller, HttpRequest<?> request) {
        return head(caller, request, ObjectPath.of(request));
    }

    @Get(value = "/authenticated/{bucket}/{+path}", headRoute = false)
    @ObjectPathRoute
    @Operation(operationId = "downloadAuthenticatedObject", summary = "Download an object (the client's name for the same route)")
    @ObjectReads.Get
    @AccessModes.Bearer
    HttpResponse<?> getAuthenticated(@Parameter(hidden = true) Principal caller, HttpRequest<?> request) {
        return get(caller, request, ObjectPath.of(request, AUTHENTICATED));
    }

    @Head("/authenticated/{bucket}/{+path}")
    @ObjectPathRoute
    @Operation(operationId = "headAuthenticatedObject", summary = "An object's headers (the client's name for the same route)")
    @ObjectReads.Head
    @AccessModes.Bearer
    HttpResponse<?> headAuthenticated(@Parameter(hidden = true) Principal caller, HttpRequest<?> request) {
        return head(caller, request, ObjectPath.of(request, AUTHENTICATED));
    }

    @Get(value = "/public/{bucket}/{+path}", headRoute = false)
    @ObjectPathRoute
    @Operation(operationId = "downloadPublicObject", summary = "Download an object of a public bucket",
            description = "Anyone may; a bucket that does not serve the public answers like a missing object.")
    @ObjectReads.Get
    @AccessModes.Anonymous
    HttpResponse<?> getPublic(HttpRequest<?> request) {
        ObjectPath path = ObjectPath.of(request, PUBLIC);
        return PublicRead.asMissingObject(path, () -> get(Principal.anonymous(), request, path));
    }

    @Head("/public/{bucket}/{+path}")
    @ObjectPathRoute
    @Operation(operationId = "headPublicObject", summary = "An object's headers, from a public bucket")
    @ObjectReads.Head
    @AccessModes.Anonymous
    HttpResponse<?> headPublic(HttpRequest<?> request) {
        ObjectPath path = ObjectPath.of(request, PUBLIC);
        return PublicRead.asMissingObject(path, () -> head(Principal.anonymous(), request, path));
    }

    /** Authorization comes first: the conditional and range headers only ever meet a readable object. */
    private HttpResponse<?> get(Principal caller, HttpRequest<?> request, ObjectPath path) {
        return responses.get(request, downloadObject.download(caller, path.bucket(), path.key()));
    }

    /** Authorization comes first: the conditional and range headers only ever meet a readable object. */
    private HttpResponse<?> head(Principal caller, HttpRequest<?> request, ObjectPath path) {
        return responses.head(request, findObject.findObject(caller, path.bucket(), path.key()));
    }
}
