package io.stowage.adapter.http.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.stowage.domain.error.ErrorCode;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for exceptions nobody translated: a generic 500 for the client, the stack trace for
 * the log. Its message never carries the exception's text, which may name files, hosts or SQL.
 */
@Singleton
final class UnexpectedExceptionHandler implements ExceptionHandler<Throwable, HttpResponse<ErrorBody>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);
    static final String GENERIC_MESSAGE = "Internal server error";

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the request raw
    public HttpResponse<ErrorBody> handle(HttpRequest request, Throwable exception) {
        LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getPath(), exception);
        return ErrorResponses.of(request, ApiError.of(ErrorCode.INTERNAL_ERROR, GENERIC_MESSAGE));
    }
}
