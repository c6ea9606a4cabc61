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
import java.util.List;

/** The bucket routes of the Supabase contract; the services decide who may do what. */
@Controller("/storage/v1/bucket")
@ExecuteOn(TaskExecutors.BLOCKING)
final class BucketController {

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
    List<BucketJson> list(Principal caller, @QueryValue @Nullable String limit, @QueryValue @Nullable String offset,
            @QueryValue @Nullable String search, @QueryValue @Nullable String sortColumn,
            @QueryValue @Nullable String sortOrder) {
        return listBuckets.listBuckets(BucketListParams.command(caller, limit, offset, search, sortColumn, sortOrder))
                .stream().map(BucketJson::of).toList();
    }

    @Get("/{id}")
    BucketJson get(Principal caller, String id) {
        return BucketJson.of(getBucket.getBucket(caller, new BucketName(id)));
    }

    @Post
    CreatedBucketJson create(Principal caller, @Body @Nullable JsonNode body) {
        var fields = new BucketSettingsFields(JsonFields.of(body));
        var created = createBucket.createBucket(new CreateBucket.Command(caller, fields.name(), fields.forCreate()));
        return new CreatedBucketJson(created.name().value());
    }

    @Put("/{id}")
    Message update(Principal caller, String id, @Body @Nullable JsonNode body) {
        var fields = new BucketSettingsFields(JsonFields.of(body));
        updateBucket.updateBucket(new UpdateBucket.Command(caller, new BucketName(id), fields.policy(),
                fields.fileSizeLimit(), fields.allowedMimeTypes()));
        return Message.UPDATED;
    }

    @Post("/{id}/empty")
    @Consumes(MediaType.ALL)
    Message empty(Principal caller, String id) {
        emptyBucket.emptyBucket(caller, new BucketName(id));
        return Message.EMPTIED;
    }

    @Delete("/{id}")
    @Consumes(MediaType.ALL)
    Message delete(Principal caller, String id) {
        deleteBucket.deleteBucket(caller, new BucketName(id));
        return Message.DELETED;
    }
}
