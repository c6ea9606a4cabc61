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
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ApiErrors;
import io.stowage.adapter.http.docs.ObjectWrites;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.adapter.http.docs.TransferBody;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.adapter.http.json.Message;
import io.stowage.application.port.in.CopyObject;
import io.stowage.application.port.in.MoveObject;
import io.stowage.application.port.in.ObjectTransfer;
import io.stowage.domain.identity.Principal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Copy and move, within a bucket or across buckets. The literal routes /object/copy and /object/move
 * win over the upload route: a bucket named "copy" or "move" is reached only where no fixed route
 * claims the segment (see {@link ObjectPath}).
 */
@Controller(ObjectPath.ROOT)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
@Tag(name = StowageApiDefinition.OBJECTS)
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
    @Operation(operationId = "copyObject", summary = "Copy an object",
            description = "Copies to a new object owned by the caller, within a bucket or across buckets.")
    @ApiResponse(responseCode = "200", description = "The new object.")
    @ObjectWrites.Upsert
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @ApiErrors.Conflict
    @ApiErrors.PayloadTooLarge
    @ApiErrors.UnsupportedMediaType
    @AccessModes.Bearer
    UploadedJson copy(@Parameter(hidden = true) Principal caller, HttpRequest<?> request,
            @Body @Nullable @Schema(implementation = TransferBody.class) JsonNode body) {
        ObjectTransfer transfer = TransferFields.of(caller, JsonFields.of(body));
        return UploadedJson.of(copyObject.copy(new CopyObject.Command(transfer, UpsertHeader.of(request))).object());
    }

    /** Moves without copying bytes; an existing destination is refused. */
    @Post("/move")
    @Operation(operationId = "moveObject", summary = "Move an object",
            description = "Renames without copying bytes where it can; an existing destination is refused with 409.")
    @ApiResponse(responseCode = "200", description = "`{\"message\":\"Successfully moved\"}`.")
    @ApiErrors.BadRequest
    @ApiErrors.NotFound
    @ApiErrors.Conflict
    @ApiErrors.PayloadTooLarge
    @ApiErrors.UnsupportedMediaType
    @AccessModes.Bearer
    Message move(@Parameter(hidden = true) Principal caller,
            @Body @Nullable @Schema(implementation = TransferBody.class) JsonNode body) {
        moveObject.move(TransferFields.of(caller, JsonFields.of(body)));
        return MOVED;
    }
}
