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
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ApiErrors;
import io.stowage.adapter.http.docs.DeleteObjectsBody;
import io.stowage.adapter.http.docs.ListObjectsBody;
import io.stowage.adapter.http.docs.ObjectPathRoute;
import io.stowage.adapter.http.docs.ObjectWrites;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.adapter.http.json.Message;
import io.stowage.application.port.in.DeleteObject;
import io.stowage.application.port.in.ListObjects;
import io.stowage.application.port.in.UploadObject;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Object writes and listings: upload, upsert, delete one or many, and list one folder level. */
@Controller(ObjectPath.ROOT)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
@Tag(name = StowageApiDefinition.OBJECTS)
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
    @ObjectPathRoute
    @Operation(operationId = "uploadObject", summary = "Upload an object",
            description = "Creates the object, owned by the caller; replaces an existing one only with `x-upsert: true`"
                    + " or an `If-Match` naming its version.")
    @ApiResponse(responseCode = "200",
            description = "The stored object: Supabase's `Id` and `Key` (bucket/path) plus its own fields.")
    @ObjectWrites.Upload
    @ObjectWrites.Upsert
    @ApiErrors.Conflict
    @AccessModes.Bearer
    UploadedJson upload(@Parameter(hidden = true) Principal caller, HttpRequest<?> request) {
        return upload(caller, request, UpsertHeader.of(request));
    }

    /** Creates or replaces an object. */
    @Put("/{bucket}/{+path}")
    @ObjectPathRoute
    @Operation(operationId = "updateObject", summary = "Upload or replace an object",
            description = "Like POST with `x-upsert: true`.")
    @ApiResponse(responseCode = "200",
            description = "The stored object: Supabase's `Id` and `Key` (bucket/path) plus its own fields.")
    @ObjectWrites.Upload
    @AccessModes.Bearer
    UploadedJson update(@Parameter(hidden = true) Principal caller, HttpRequest<?> request) {
        return upload(caller, request, true);
    }

    @Delete("/{bucket}/{+path}")
    @ObjectPathRoute
    @Operation(operationId = "deleteObject", summary = "Delete an object")
    @ApiResponse(responseCode = "200", description = "`{\"message\":\"Successfully deleted\"}`.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Bearer
    Message delete(@Parameter(hidden = true) Principal caller, HttpRequest<?> request) {
        ObjectPath path = ObjectPath.of(request);
        deleteObject.deleteObject(caller, path.bucket(), path.key());
        return Message.DELETED;
    }

    /** Deletes every listed path that exists and that the caller may delete; the rest is skipped. */
    @Delete("/{bucket}")
    @Operation(operationId = "deleteObjects", summary = "Delete many objects",
            description = "Answers the objects it deleted; missing or forbidden paths are skipped, not errors.")
    @ApiResponse(responseCode = "200", description = "The objects deleted, each with its metadata.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Bearer
    List<DeletedObjectJson> deleteMany(@Parameter(hidden = true) Principal caller, HttpRequest<?> request,
            @Body @Nullable @Schema(implementation = DeleteObjectsBody.class) JsonNode body) {
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
    @Operation(operationId = "listObjects", summary = "List one folder level",
            description = "Sub-folders come back as entries whose `id` and `metadata` are null.")
    @ApiResponse(responseCode = "200", description = "The entries of the folder, files and sub-folders.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Bearer
    List<ListEntryJson> list(@Parameter(hidden = true) Principal caller, HttpRequest<?> request,
            @Body @Nullable @Schema(implementation = ListObjectsBody.class) JsonNode body) {
        BucketName bucket = ObjectPath.bucketOf(request, "list");
        return listObjects.listObjects(ListObjectsFields.command(caller, bucket, JsonFields.of(body)))
                .stream().map(entry -> ListEntryJson.of(entry, userMetadata)).toList();
    }

    private UploadedJson upload(Principal caller, HttpRequest<?> request, boolean upsert) {
        ObjectPath path = ObjectPath.of(request);
        return uploads.upload(request, body -> uploadObject.upload(
                new UploadObject.Command(caller, path.bucket(), path.key(), upsert, body)).object());
    }
}
