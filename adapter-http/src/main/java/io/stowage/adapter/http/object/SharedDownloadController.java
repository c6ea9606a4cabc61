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
import io.stowage.application.port.in.OpenSharedObject;

/**
 * Redeeming signed download URLs: GET and HEAD on /object/sign/{bucket}/{path}?token=..., with no
 * caller identity (the token is the whole authorization), served exactly like any other object read.
 */
@Controller(ObjectPath.ROOT + "/sign")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
// like the download routes it competes with (see InfoController)
@Produces(MediaType.ALL)
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
    HttpResponse<?> get(HttpRequest<?> request, @QueryValue @Nullable String token) {
        ObjectPath path = ObjectPath.of(request, SIGN);
        return responses.get(request, openSharedObject.openShared(token, path.bucket(), path.key()));
    }

    @Head("/{bucket}/{+path}")
    HttpResponse<?> head(HttpRequest<?> request, @QueryValue @Nullable String token) {
        ObjectPath path = ObjectPath.of(request, SIGN);
        return responses.head(request, openSharedObject.findShared(token, path.bucket(), path.key()));
    }
}
