package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.identity.Principal;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The S3 protocol, path style under /storage/v1/s3: every method and path lands here, is authenticated
 * by SigV4 and dispatched on method, bucket, key and query; every failure answers in S3's XML.
 */
@Controller(S3Request.ROOT)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
@Hidden
final class S3Controller {

    private static final Logger LOG = LoggerFactory.getLogger(S3Controller.class);

    private final S3Authenticator authenticator;
    private final S3Operations operations;

    S3Controller(S3Authenticator authenticator, S3Operations operations) {
        this.authenticator = authenticator;
        this.operations = operations;
    }

    @Get(uris = {"/", "/{+path}"}, headRoute = false)
    HttpResponse<?> get(HttpRequest<?> request) {
        return handle(request);
    }

    @Head(uris = {"/", "/{+path}"})
    HttpResponse<?> head(HttpRequest<?> request) {
        return handle(request);
    }

    @Put(uris = {"/", "/{+path}"})
    HttpResponse<?> put(HttpRequest<?> request) {
        return handle(request);
    }

    @Post(uris = {"/", "/{+path}"})
    HttpResponse<?> post(HttpRequest<?> request) {
        return handle(request);
    }

    @Delete(uris = {"/", "/{+path}"})
    HttpResponse<?> delete(HttpRequest<?> request) {
        return handle(request);
    }

    @Patch(uris = {"/", "/{+path}"})
    HttpResponse<?> patch(HttpRequest<?> request) {
        return handle(request);
    }

    @Options(uris = {"/", "/{+path}"})
    HttpResponse<?> options(HttpRequest<?> request) {
        return handle(request);
    }

    private HttpResponse<?> handle(HttpRequest<?> http) {
        String resource = "/";
        try {
            S3Request request = S3Request.of(http);
            resource = request.resource();
            Optional<S3Caller> caller = authenticator.authenticate(request);
            Principal principal = caller.map(S3Caller::principal).orElse(Principal.anonymous());
            return operations.dispatch(request, principal, caller);
        } catch (S3Failure failure) {
            return S3Responses.error(http, failure.status(), failure.code(), failure.getMessage(), resource);
        } catch (StorageException failure) {
            S3ErrorTable.S3Code code = S3ErrorTable.of(failure.code());
            if (code.status().getCode() >= 500 && code.status() != HttpStatus.SERVICE_UNAVAILABLE) {
                LOG.warn("{} {} failed", http.getMethod(), http.getPath(), failure);
            }
            return S3Responses.error(http, code.status(), code.code(), failure.getMessage(), resource);
        } catch (RuntimeException failure) {
            Optional<S3Failure> streamed = streamFailure(failure);
            if (streamed.isPresent()) {
                return S3Responses.error(http, streamed.get().status(), streamed.get().code(),
                        streamed.get().getMessage(), resource);
            }
            LOG.error("Unexpected failure on {} {}", http.getMethod(), http.getPath(), failure);
            return S3Responses.error(http, HttpStatus.INTERNAL_SERVER_ERROR, "InternalError",
                    "We encountered an internal error. Please try again.", resource);
        }
    }

    /** A body that broke an S3 rule while streaming, wherever the store wrapped it. */
    private static Optional<S3Failure> streamFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof S3StreamFailure streamed) {
                return Optional.of(streamed.failure());
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (suppressed instanceof S3StreamFailure streamed) {
                    return Optional.of(streamed.failure());
                }
            }
        }
        return Optional.empty();
    }
}
