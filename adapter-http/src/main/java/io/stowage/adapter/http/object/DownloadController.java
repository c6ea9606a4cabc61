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
import io.stowage.application.port.in.DownloadObject;
import io.stowage.application.port.in.FindObject;
import io.stowage.domain.identity.Principal;

/**
 * Object reads: GET and HEAD on /object/{bucket}/{path}, on /object/authenticated/... (the same, as the
 * client names it) and on /object/public/..., where the caller is always anonymous and a bucket that
 * does not serve the public answers exactly like a missing object.
 */
@Controller(ObjectPath.ROOT)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
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
    HttpResponse<?> get(Principal caller, HttpRequest<?> request) {
        return get(caller, request, ObjectPath.of(request));
    }

    @Head("/{bucket}/{+path}")
    HttpResponse<?> head(Principal caller, HttpRequest<?> request) {
        return head(caller, request, ObjectPath.of(request));
    }

    @Get(value = "/authenticated/{bucket}/{+path}", headRoute = false)
    HttpResponse<?> getAuthenticated(Principal caller, HttpRequest<?> request) {
        return get(caller, request, ObjectPath.of(request, AUTHENTICATED));
    }

    @Head("/authenticated/{bucket}/{+path}")
    HttpResponse<?> headAuthenticated(Principal caller, HttpRequest<?> request) {
        return head(caller, request, ObjectPath.of(request, AUTHENTICATED));
    }

    @Get(value = "/public/{bucket}/{+path}", headRoute = false)
    HttpResponse<?> getPublic(HttpRequest<?> request) {
        ObjectPath path = ObjectPath.of(request, PUBLIC);
        return PublicRead.asMissingObject(path, () -> get(Principal.anonymous(), request, path));
    }

    @Head("/public/{bucket}/{+path}")
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
