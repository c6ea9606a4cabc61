package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.adapter.http.json.Message;
import io.stowage.application.port.in.DeleteObject;
import io.stowage.application.port.in.ListObjects;
import io.stowage.application.port.in.UploadObject;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import java.util.List;

/** Object writes and listings: upload, upsert, delete one or many, and list one folder level. */
@Controller(ObjectPath.ROOT)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
final class ObjectController {

    static final int MAX_DELETE_PREFIXES = 1000;

    private final UploadObject uploadObject;
    private final DeleteObject deleteObject;
    private final ListObjects listObjects;
    private final UploadRequests uploads;
    private final UserMetadata userMetadata;

    ObjectController(UploadObject uploadObject, DeleteObject deleteObject, ListObjects listObjects,
            UploadRequests uploads, UserMetadata userMetadata) {
        this.uploadObject = uploadObject;
        this.deleteObject = deleteObject;
        this.listObjects = listObjects;
        this.uploads = uploads;
        this.userMetadata = userMetadata;
    }

    /**
     * Creates an object; replaces an existing one only with {@code x-upsert: true} or with an
     * {@code If-Match} naming the version it replaces.
     */
    @Post("/{bucket}/{+path}")
    UploadedJson upload(Principal caller, HttpRequest<?> request) {
        return upload(caller, request, "true".equalsIgnoreCase(request.getHeaders().get("x-upsert")));
    }

    /** Creates or replaces an object. */
    @Put("/{bucket}/{+path}")
    UploadedJson update(Principal caller, HttpRequest<?> request) {
        return upload(caller, request, true);
    }

    @Delete("/{bucket}/{+path}")
    Message delete(Principal caller, HttpRequest<?> request) {
        ObjectPath path = ObjectPath.of(request);
        deleteObject.deleteObject(caller, path.bucket(), path.key());
        return Message.DELETED;
    }

    /** Deletes every listed path that exists and that the caller may delete; the rest is skipped. */
    @Delete("/{bucket}")
    List<DeletedObjectJson> deleteMany(Principal caller, HttpRequest<?> request, @Body @Nullable JsonNode body) {
        BucketName bucket = ObjectPath.bucketOf(request);
        List<String> prefixes = JsonFields.of(body).strings("prefixes")
                .orElseThrow(() -> new InvalidRequest("'prefixes' is required"));
        if (prefixes.size() > MAX_DELETE_PREFIXES) {
            throw new InvalidRequest("at most " + MAX_DELETE_PREFIXES + " prefixes per request");
        }
        List<ObjectKey> keys = prefixes.stream().map(ObjectKey::new).toList();
        return deleteObject.deleteObjects(caller, bucket, keys).stream().map(DeletedObjectJson::of).toList();
    }

    @Post("/list/{bucket}")
    List<ListEntryJson> list(Principal caller, HttpRequest<?> request, @Body @Nullable JsonNode body) {
        BucketName bucket = ObjectPath.bucketOf(request, "list");
        return listObjects.listObjects(ListObjectsFields.command(caller, bucket, JsonFields.of(body)))
                .stream().map(entry -> ListEntryJson.of(entry, userMetadata)).toList();
    }

    private UploadedJson upload(Principal caller, HttpRequest<?> request, boolean upsert) {
        return uploads.upload(request, ObjectPath.of(request), caller, upsert, uploadObject::upload);
    }
}
