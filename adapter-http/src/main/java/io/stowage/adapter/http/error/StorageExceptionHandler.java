package io.stowage.adapter.http.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.stowage.domain.error.StorageException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers every domain error with its status from the {@link ErrorTable} and its own safe message. */
@Singleton
final class StorageExceptionHandler implements ExceptionHandler<StorageException, HttpResponse<ErrorBody>> {

    private static final Logger LOG = LoggerFactory.getLogger(StorageExceptionHandler.class);

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the request raw
    public HttpResponse<ErrorBody> handle(HttpRequest request, StorageException exception) {
        ApiError error = ApiError.of(exception);
        if (error.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            // an outage fails every request alike: its start and end are logged once where they are seen
            // (the database's availability, the health check); the request log counts the 503s
            LOG.debug("{} {} failed: {}", request.getMethod(), request.getPath(), error.code(), exception);
        } else if (error.status().getCode() >= 500) {
            // the message is safe to send; the cause (driver, disk) is only for the operator
            LOG.warn("{} {} failed: {}", request.getMethod(), request.getPath(), error.code(), exception);
        }
        return ErrorResponses.of(request, error);
    }
}
