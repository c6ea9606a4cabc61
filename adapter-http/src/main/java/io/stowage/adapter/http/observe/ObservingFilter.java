package io.stowage.adapter.http.observe;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.stowage.adapter.http.auth.CallerAttribute;

/**
 * Opens the observation of every request and gives every response its {@code X-Request-Id}. It runs
 * outside every other filter, so it also sees the 401 of a refused token and the errors Micronaut
 * answers by itself. It only notes what the response says: the request is reported by
 * {@link CompletionListener} once the response body is over, which for a download is much later.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ObservingFilter implements Ordered {

    @RequestFilter
    void arrived(HttpRequest<?> request) {
        if (RequestObservation.of(request).isPresent()) {
            // Micronaut runs the filters again to answer an error: the request keeps its id and start
            return;
        }
        String id = RequestId.reuseOrGenerate(request.getHeaders().get(RequestId.HEADER));
        RequestObservation.attach(request, new RequestObservation(id, System.nanoTime()));
    }

    @ResponseFilter
    void answered(HttpRequest<?> request, MutableHttpResponse<?> response) {
        RequestObservation.of(request).ifPresent(observation -> {
            response.getHeaders().set(RequestId.HEADER, observation.requestId());
            RouteTarget target = RouteTarget.of(request);
            observation.answered(new RequestObservation.Answer(target, CallerAttribute.find(request).orElse(null),
                    response.code(), TransferSize.of(target.operation(), request, response)));
        });
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
