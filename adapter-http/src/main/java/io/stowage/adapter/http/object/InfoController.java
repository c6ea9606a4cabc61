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
import io.stowage.application.port.in.FindObject;
import io.stowage.domain.identity.Principal;

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
final class InfoController {

    private static final String INFO = "info";

    private final FindObject findObject;
    private final UserMetadata userMetadata;

    InfoController(FindObject findObject, UserMetadata userMetadata) {
        this.findObject = findObject;
        this.userMetadata = userMetadata;
    }

    @Get(value = "/{bucket}/{+path}", headRoute = false)
    HttpResponse<ObjectInfoJson> info(Principal caller, HttpRequest<?> request) {
        return info(caller, ObjectPath.of(request, INFO));
    }

    @Get(value = "/authenticated/{bucket}/{+path}", headRoute = false)
    HttpResponse<ObjectInfoJson> infoAuthenticated(Principal caller, HttpRequest<?> request) {
        return info(caller, ObjectPath.of(request, INFO, "authenticated"));
    }

    @Get(value = "/public/{bucket}/{+path}", headRoute = false)
    HttpResponse<ObjectInfoJson> infoPublic(HttpRequest<?> request) {
        ObjectPath path = ObjectPath.of(request, INFO, "public");
        return PublicRead.asMissingObject(path, () -> info(Principal.anonymous(), path));
    }

    private HttpResponse<ObjectInfoJson> info(Principal caller, ObjectPath path) {
        ObjectInfoJson info = ObjectInfoJson.of(findObject.findObject(caller, path.bucket(), path.key()), userMetadata);
        return HttpResponse.ok(info).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
