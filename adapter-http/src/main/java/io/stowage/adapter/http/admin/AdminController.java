package io.stowage.adapter.http.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ApiErrors;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.application.port.in.SweepStorage;
import io.stowage.domain.identity.Principal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operator routes, for the service role only. */
@Controller("/storage/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = StowageApiDefinition.ADMIN)
final class AdminController {

    /** What a sweep did, per category. */
    @Serdeable
    record SweepJson(
            boolean ran,
            @JsonProperty("queued_blobs_deleted") long queuedBlobsDeleted,
            @JsonProperty("stale_intents_expired") long staleIntentsExpired,
            @JsonProperty("orphan_blobs_deleted") long orphanBlobsDeleted,
            @JsonProperty("rows_without_blob") long rowsWithoutBlob,
            @JsonProperty("rows_removed") long rowsRemoved,
            long failures,
            @JsonProperty("duration_ms") long durationMs) {

        static SweepJson of(SweepStorage.Report report) {
            return new SweepJson(report.ran(), report.queuedBlobsDeleted(), report.staleIntentsExpired(),
                    report.orphanBlobsDeleted(), report.rowsWithoutBlob(), report.rowsRemoved(), report.failures(),
                    report.took().toMillis());
        }
    }

    private final SweepStorage sweeper;

    AdminController(SweepStorage sweeper) {
        this.sweeper = sweeper;
    }

    @Post("/sweep")
    @Consumes(MediaType.ALL)
    @Operation(operationId = "sweep", summary = "Run a cleanup sweep now",
            description = "Deletes the blobs in the deletion queue and those of upload intents older than the grace"
                    + " period (`stowage.cleanup.grace`), reconciles every volume with the catalog (deletes blobs"
                    + " nothing accounts for, removes rows whose blob is missing), then reports the counts. `ran`"
                    + " is false when another instance is sweeping at this moment. Any body is ignored.")
    @ApiResponse(responseCode = "200", description = "The sweep's report.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SweepJson.class)))
    @ApiErrors.BadRequest
    @ApiErrors.Forbidden
    @AccessModes.Bearer
    SweepJson sweep(@Parameter(hidden = true) Principal caller) {
        return SweepJson.of(sweeper.sweepAs(caller));
    }
}
