package io.stowage.adapter.http.observe;

import io.micronaut.http.HttpRequest;
import io.stowage.domain.identity.Principal;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request as observed so far: its id and start when it arrived, then what its response said. It
 * travels as a request attribute from {@link ObservingFilter} to {@link CompletionListener}, which
 * reports it once the response body is over.
 */
final class RequestObservation {

    private static final String ATTRIBUTE = "stowage.observation";

    private final String requestId;
    private final long startNanos;
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile Answer answer;

    /** What the response filter learned; the body may still be streaming when it is set. */
    record Answer(RouteTarget target, Principal caller, int status, Long size) {
    }

    RequestObservation(String requestId, long startNanos) {
        this.requestId = requestId;
        this.startNanos = startNanos;
    }

    static void attach(HttpRequest<?> request, RequestObservation observation) {
        request.setAttribute(ATTRIBUTE, observation);
    }

    static Optional<RequestObservation> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, RequestObservation.class);
    }

    String requestId() {
        return requestId;
    }

    long startNanos() {
        return startNanos;
    }

    void answered(Answer answer) {
        this.answer = answer;
    }

    Optional<Answer> answer() {
        return Optional.ofNullable(answer);
    }

    /** True exactly once: a request is reported once even if completion is signalled twice. */
    boolean claimReport() {
        return reported.compareAndSet(false, true);
    }
}
