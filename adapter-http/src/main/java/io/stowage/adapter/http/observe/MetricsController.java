package io.stowage.adapter.http.observe;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Serves the metrics for Prometheus to scrape, in its text format 0.0.4, without a token, like /health.
 * Micronaut's own management endpoint stays disabled: its routes shadowed Stowage's.
 */
@Controller(MetricsController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
final class MetricsController {

    static final String PATH = "/metrics";
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    MetricsController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Get
    HttpResponse<String> scrape() {
        return HttpResponse.ok(registry.scrape(CONTENT_TYPE)).contentType(CONTENT_TYPE);
    }
}
