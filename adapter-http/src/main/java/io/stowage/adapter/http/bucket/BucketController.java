package io.stowage.adapter.http.bucket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ApiErrors;
import io.stowage.adapter.http.docs.BucketSettingsBody;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.adapter.http.json.Message;
import io.stowage.application.port.in.CreateBucket;
import io.stowage.application.port.in.DeleteBucket;
import io.stowage.application.port.in.EmptyBucket;
import io.stowage.application.port.in.GetBucket;
import io.stowage.application.port.in.ListBuckets;
import io.stowage.application.port.in.UpdateBucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The bucket routes of the Supabase contract; the services decide who may do what. */
@Controller("/storage/v1/bucket")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = StowageApiDefinition.BUCKETS)
final class BucketController {

    private static final String BUCKET_NAME = "The bucket's name.";

    private final CreateBucket createBucket;
    private final GetBucket getBucket;
    private final ListBuckets listBuckets;
    private final UpdateBucket updateBucket;
    private final EmptyBucket emptyBucket;
    private final DeleteBucket deleteBucket;

    BucketController(CreateBucket createBucket, GetBucket getBucket, ListBuckets listBuckets,
            UpdateBucket updateBucket, EmptyBucket emptyBucket, DeleteBucket deleteBucket) {
        this.createBucket = createBucket;
        this.getBucket = getBucket;
        this.listBuckets = listBuckets;
        this.updateBucket = updateBucket;
        this.emptyBucket = emptyBucket;
        this.deleteBucket = deleteBucket;
    }

    @Get
    @Operation(operationId = "listBuckets", summary = "List buckets",
            description = "The buckets the caller may see: all for service_role, else its own and the public ones.")
    @ApiResponse(responseCode = "200", description = "The buckets, as the Supabase client reads them.")
    @ApiErrors.BadRequest
    @AccessModes.Bearer
    List<BucketJson> list(@Parameter(hidden = true) Principal caller,
            @QueryValue @Nullable @Parameter(description = "Buckets per page.") String limit,
            @QueryValue @Nullable @Parameter(description = "Buckets to skip.") String offset,
            @QueryValue @Nullable @Parameter(description = "Only names containing this text.") String search,
            @QueryValue @Nullable @Parameter(description = "One of id, name, created_at, updated_at.") String sortColumn,
            @QueryValue @Nullable @Parameter(description = "asc or desc.") String sortOrder) {
        return listBuckets.listBuckets(BucketListParams.command(caller, limit, offset, search, sortColumn, sortOrder))
                .stream().map(BucketJson::of).toList();
    }

    @Get("/{id}")
    @Operation(operationId = "getBucket", summary = "One bucket",
            description = "Any bucket for service_role, else one the caller owns or that serves the public.")
    @ApiResponse(responseCode = "200", description = "The bucket.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Bearer
    BucketJson get(@Parameter(hidden = true) Principal caller, @Parameter(description = BUCKET_NAME) String id) {
        return BucketJson.of(getBucket.getBucket(caller, new BucketName(id)));
    }

    @Post
    @Operation(operationId = "createBucket", summary = "Create a bucket",
            description = "The caller owns the new bucket; private and unlimited unless the body says otherwise.")
    @ApiResponse(responseCode = "200", description = "The new bucket's name: `{\"name\": id}`.")
    @ApiErrors.BadRequest
    @ApiErrors.Conflict
    @AccessModes.Bearer
    CreatedBucketJson create(@Parameter(hidden = true) Principal caller,
            @Body @Nullable @Schema(implementation = BucketSettingsBody.class) JsonNode body) {
        var fields = new BucketSettingsFields(JsonFields.of(body));
        var created = createBucket.createBucket(new CreateBucket.Command(caller, fields.name(), fields.forCreate(),
                fields.volume()));
        return new CreatedBucketJson(created.name().value());
    }

    @Put("/{id}")
    @Operation(operationId = "updateBucket", summary = "Change a bucket's settings",
            description = "Only the fields given change; `id` and `name` are ignored.")
    @ApiResponse(responseCode = "200", description = "`{\"message\":\"Successfully updated\"}`.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Bearer
    Message update(@Parameter(hidden = true) Principal caller, @Parameter(description = BUCKET_NAME) String id,
            @Body @Nullable @Schema(implementation = BucketSettingsBody.class) JsonNode body) {
        var fields = new BucketSettingsFields(JsonFields.of(body));
        updateBucket.updateBucket(new UpdateBucket.Command(caller, new BucketName(id), fields.policy(),
                fields.fileSizeLimit(), fields.allowedMimeTypes(), fields.volume()));
        return Message.UPDATED;
    }

    @Post("/{id}/empty")
    @Consumes(MediaType.ALL)
    @Operation(operationId = "emptyBucket", summary = "Delete every object of a bucket",
            description = "Any body (the client sends `{}`) is ignored.")
    @ApiResponse(responseCode = "200", description = "`{\"message\":\"Successfully emptied\"}`.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @AccessModes.Bearer
    Message empty(@Parameter(hidden = true) Principal caller, @Parameter(description = BUCKET_NAME) String id) {
        emptyBucket.emptyBucket(caller, new BucketName(id));
        return Message.EMPTIED;
    }

    @Delete("/{id}")
    @Consumes(MediaType.ALL)
    @Operation(operationId = "deleteBucket", summary = "Delete an empty bucket",
            description = "Refused with 409 BucketNotEmpty while objects remain; any body is ignored.")
    @ApiResponse(responseCode = "200", description = "`{\"message\":\"Successfully deleted\"}`.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @ApiErrors.Conflict
    @AccessModes.Bearer
    Message delete(@Parameter(hidden = true) Principal caller, @Parameter(description = BUCKET_NAME) String id) {
        deleteBucket.deleteBucket(caller, new BucketName(id));
        return Message.DELETED;
    }
}
