package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ObjectPathRoute;
import io.stowage.adapter.http.docs.ObjectReads;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.application.port.in.OpenSharedObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Redeeming signed download URLs: GET and HEAD on /object/sign/{bucket}/{path}?token=..., with no
 * caller identity (the token is the whole authorization), served exactly like any other object read.
 */
@Controller(ObjectPath.ROOT + "/sign")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
// like the download routes it competes with (see InfoController)
@Produces(MediaType.ALL)
@Tag(name = StowageApiDefinition.SIGNED_URLS)
final class SharedDownloadController {

    private static final String SIGN = "sign";

    private final OpenSharedObject openSharedObject;
    private final DownloadResponses responses;

    SharedDownloadController(OpenSharedObject openSharedObject, DownloadResponses responses) {
        this.openSharedObject = openSharedObject;
        this.responses = responses;
    }

    /** The token is checked before any conditional or range header is looked at. */
    @Get(value = "/{bucket}/{+path}", headRoute = false)
    @ObjectPathRoute
    @Operation(operationId = "downloadSignedObject", summary = "Download through a signed URL",
            description = "The URL that POST /object/sign/{bucket}/{path} answered; no Authorization needed.")
    @ObjectReads.Get
    @AccessModes.SignedUrl
    HttpResponse<?> get(HttpRequest<?> request, @QueryValue @Nullable @Parameter(hidden = true) String token) {
        ObjectPath path = ObjectPath.of(request, SIGN);
        return responses.get(request, openSharedObject.openShared(token, path.bucket(), path.key()));
    }

    @Head("/{bucket}/{+path}")
    @ObjectPathRoute
    @Operation(operationId = "headSignedObject", summary = "An object's headers through a signed URL")
    @ObjectReads.Head
    @AccessModes.SignedUrl
    HttpResponse<?> head(HttpRequest<?> request, @QueryValue @Nullable @Parameter(hidden = true) String token) {
        ObjectPath path = ObjectPath.of(request, SIGN);
        return responses.head(request, openSharedObject.findShared(token, path.bucket(), path.key()));
    }
}
