package io.stowage.adapter.http.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.docs.StowageApiDefinition;
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
    record HealthJson(String status, List<String> failing) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

    private final CheckHealth checkHealth;

    HealthController(CheckHealth checkHealth) {
        this.checkHealth = checkHealth;
    }

    @Get
    @Operation(operationId = "health", summary = "Liveness and readiness",
            description = "Outside /storage/v1 and open to anyone: for load balancers and orchestrators.")
    @ApiResponse(responseCode = "200", description = "Every dependency answers: `{\"status\":\"UP\",\"failing\":[]}`.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthJson.class)))
    @ApiResponse(responseCode = "503",
            description = "Some dependency does not answer; `failing` names them (database, volume).",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthJson.class)))
    HttpResponse<HealthJson> health() {
        CheckHealth.Report report = checkHealth.checkHealth();
        if (report.healthy()) {
            return HttpResponse.ok(new HealthJson("UP", List.of()));
        }
        LOG.warn("health check failing: {}", report.failures());
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new HealthJson("DOWN", List.copyOf(report.failures().keySet())));
    }
}
