package io.stowage.adapter.http.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.adapter.http.error.ErrorTable;
import io.stowage.application.port.in.CheckConsistency;
import io.stowage.application.port.in.CheckHealth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The liveness-and-readiness probe: 200 when every dependency answers, else 503 naming the failing
 * ones. Their reasons stay in the log: they may hold hosts or paths.
 */
@Controller("/health")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = StowageApiDefinition.HEALTH)
final class HealthController {

    /** The probe's body; {@code failing} lists dependency names only. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HealthJson(String status, List<String> failing, @Nullable ConsistencyJson consistency) {
    }

    /** The start-up consistency check; absent until it has run. Informative: it never fails the probe. */
    @Serdeable
    record ConsistencyJson(
            boolean consistent,
            @JsonProperty("blobs_checked") long blobsChecked,
            @JsonProperty("orphan_blobs") long orphanBlobs,
            @JsonProperty("rows_checked") long rowsChecked,
            @JsonProperty("rows_without_blob") long rowsWithoutBlob,
            boolean complete) {

        static ConsistencyJson of(CheckConsistency.Result result) {
            return new ConsistencyJson(result.consistent(), result.blobsChecked(), result.orphanBlobs(),
                    result.rowsChecked(), result.rowsWithoutBlob(), result.complete());
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

    private final CheckHealth checkHealth;
    private final CheckConsistency consistency;

    HealthController(CheckHealth checkHealth, CheckConsistency consistency) {
        this.checkHealth = checkHealth;
        this.consistency = consistency;
    }

    @Get
    @Operation(operationId = "health", summary = "Liveness and readiness",
            description = "Outside /storage/v1 and open to anyone: for load balancers and orchestrators. `consistency`"
                    + " is the start-up check of the volumes against the catalog (informative, never failing).")
    @ApiResponse(responseCode = "200", description = "Every dependency answers: `{\"status\":\"UP\",\"failing\":[]}`.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthJson.class)))
    @ApiResponse(responseCode = "503",
            description = "Some dependency does not answer; `failing` names them (database, volume). Sends `Retry-After`.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthJson.class)))
    HttpResponse<HealthJson> health() {
        CheckHealth.Report report = checkHealth.checkHealth();
        if (report.healthy()) {
            return HttpResponse.ok(new HealthJson("UP", List.of(), startupCheck()));
        }
        LOG.warn("health check failing: {}", report.failures());
        // the same hint as the API's own 503s: probes and clients may come back after it
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, ErrorTable.RETRY_AFTER_SECONDS)
                .body(new HealthJson("DOWN", List.copyOf(report.failures().keySet()), startupCheck()));
    }

    private ConsistencyJson startupCheck() {
        return consistency.startupResult().map(ConsistencyJson::of).orElse(null);
    }
}
