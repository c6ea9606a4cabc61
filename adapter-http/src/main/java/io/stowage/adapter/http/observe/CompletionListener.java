package io.stowage.adapter.http.observe;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.event.HttpRequestTerminatedEvent;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.UserId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Reports each request when Micronaut is done with it, which is after the last byte of the response
 * body was handed to the connection (or the connection was lost): a download's duration covers its
 * whole body, not just its headers. One report feeds both the request log and the metrics.
 */
@Singleton
final class CompletionListener implements ApplicationEventListener<HttpRequestTerminatedEvent> {

    /** The status of a request whose response was never built, as nginx logs a client that went away. */
    static final int CLIENT_CLOSED = 499;

    private final AccessLog log;
    private final TransferMetrics metrics;
    private final Clock clock = Clock.systemUTC();

    CompletionListener(AccessLog log, TransferMetrics metrics) {
        this.log = log;
        this.metrics = metrics;
    }

    @Override
    public void onApplicationEvent(HttpRequestTerminatedEvent event) {
        HttpRequest<?> request = event.getSource();
        RequestObservation.of(request).filter(RequestObservation::claimReport).ifPresent(observation -> {
            CompletedRequest completed = completed(request, observation, System.nanoTime());
            log.write(completed);
            metrics.record(completed);
        });
    }

    private CompletedRequest completed(HttpRequest<?> request, RequestObservation observation, long endNanos) {
        long durationMs = TimeUnit.NANOSECONDS.toMillis(endNanos - observation.startNanos());
        RequestObservation.Answer answer = observation.answer().orElseGet(() ->
                new RequestObservation.Answer(RouteTarget.of(request), null, CLIENT_CLOSED, null));
        Principal caller = answer.caller();
        return new CompletedRequest(clock.instant(), observation.requestId(), request.getMethodName(),
                answer.target().operation(), answer.target().bucket(), answer.target().path(),
                caller == null ? null : caller.user().map(UserId::value).orElse(null),
                caller == null ? null : caller.role().claim(),
                answer.status(), answer.size(), durationMs);
    }
}
