package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.adapter.http.json.Message;
import io.stowage.application.port.in.CopyObject;
import io.stowage.application.port.in.MoveObject;
import io.stowage.domain.identity.Principal;

/**
 * Copy and move, within a bucket or across buckets. The literal routes /object/copy and /object/move
 * win over the upload route: a bucket named "copy" or "move" is reached only where no fixed route
 * claims the segment (see {@link ObjectPath}).
 */
@Controller(ObjectPath.ROOT)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
final class CopyMoveController {

    static final Message MOVED = new Message("Successfully moved");

    private final CopyObject copyObject;
    private final MoveObject moveObject;

    CopyMoveController(CopyObject copyObject, MoveObject moveObject) {
        this.copyObject = copyObject;
        this.moveObject = moveObject;
    }

    /** Copies to a new object owned by the caller; replaces an existing one only with {@code x-upsert: true}. */
    @Post("/copy")
    UploadedJson copy(Principal caller, HttpRequest<?> request, @Body @Nullable JsonNode body) {
        TransferFields fields = TransferFields.of(JsonFields.of(body));
        boolean upsert = "true".equalsIgnoreCase(request.getHeaders().get("x-upsert"));
        return UploadedJson.of(copyObject.copy(new CopyObject.Command(caller, fields.sourceBucket(),
                fields.sourceKey(), fields.destinationBucket(), fields.destinationKey(), upsert)).object());
    }

    /** Moves without copying bytes; an existing destination is refused. */
    @Post("/move")
    Message move(Principal caller, @Body @Nullable JsonNode body) {
        TransferFields fields = TransferFields.of(JsonFields.of(body));
        moveObject.move(new MoveObject.Command(caller, fields.sourceBucket(), fields.sourceKey(),
                fields.destinationBucket(), fields.destinationKey()));
        return MOVED;
    }
}
