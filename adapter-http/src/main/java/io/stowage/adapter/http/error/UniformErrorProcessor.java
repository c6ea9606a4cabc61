package io.stowage.adapter.http.error;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Gives the errors Micronaut produces by itself (unknown route, wrong method, unreadable or oversized
 * body) the same JSON shape as ours. Replaces Micronaut's default processor, which it disables.
 */
@Singleton
final class UniformErrorProcessor implements ErrorResponseProcessor<ErrorBody> {

    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.status();
        return ErrorResponses.decorate(context.getRequest(), base, ApiError.ofStatus(status, messageOf(context, status)));
    }

    private static String messageOf(ErrorContext context, HttpStatus status) {
        // Micronaut's texts may quote exception messages, settings and parser internals; never send them
        return FrameworkMessages.of(context.getRequest(), status, context.getRootCause().orElse(null));
    }
}
