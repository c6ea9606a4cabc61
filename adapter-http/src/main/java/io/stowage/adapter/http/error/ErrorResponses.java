package io.stowage.adapter.http.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** Builds every error response, so that all of them share one body shape and one connection rule. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static MutableHttpResponse<ErrorBody> of(HttpRequest<?> request, ApiError error) {
        return decorate(request, HttpResponse.<ErrorBody>status(error.status()), error);
    }

    /** Turns a response Micronaut already started (keeping headers such as Allow) into our error. */
    static MutableHttpResponse<ErrorBody> decorate(HttpRequest<?> request, MutableHttpResponse<?> base, ApiError error) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<ErrorBody> response = (MutableHttpResponse<ErrorBody>) base;
        response.status(error.status());
        response.body(error.body());
        response.contentType(MediaType.APPLICATION_JSON_TYPE);
        if (error.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, ErrorTable.RETRY_AFTER_SECONDS);
        }
        if (request != null && mayHaveUnreadBody(request)) {
            // an error may leave gigabytes of upload unread; closing is cheaper than draining them
            response.header(HttpHeaders.CONNECTION, "close");
        }
        return response;
    }

    private static boolean mayHaveUnreadBody(HttpRequest<?> request) {
        HttpHeaders headers = request.getHeaders();
        return headers.contains(HttpHeaders.TRANSFER_ENCODING) || request.getContentLength() > 0;
    }
}
