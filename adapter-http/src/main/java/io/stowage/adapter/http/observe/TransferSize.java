package io.stowage.adapter.http.observe;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.Optional;

/**
 * How many object bytes a request moved, where that is known when the response is ready: an upload's
 * stored size from its answer (exact for raw, multipart and chunked bodies alike), a download's
 * Content-Length. Failed uploads report none: how much of their body was read is not known here.
 */
final class TransferSize {

    private static final String SIZE_PROPERTY = "size";

    private TransferSize() {
    }

    static Long of(Operation operation, HttpRequest<?> request, HttpResponse<?> response) {
        int status = response.code();
        return switch (operation.transfer()) {
            case UPLOAD -> status >= 200 && status < 300 ? storedSize(response.body()) : null;
            case DOWNLOAD -> request.getMethod() == HttpMethod.GET
                    && (status == HttpStatus.OK.getCode() || status == HttpStatus.PARTIAL_CONTENT.getCode())
                    ? contentLength(response) : null;
            case NONE -> null;
        };
    }

    /** The {@code size} of an upload's JSON answer, read through its serialization introspection. */
    private static Long storedSize(Object body) {
        if (body == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Optional<BeanIntrospection<Object>> introspection =
                BeanIntrospector.SHARED.findIntrospection((Class<Object>) body.getClass());
        return introspection.flatMap(type -> type.getProperty(SIZE_PROPERTY))
                .map(property -> ((BeanProperty<Object, ?>) property).get(body))
                .filter(Number.class::isInstance)
                .map(size -> ((Number) size).longValue())
                .orElse(null);
    }

    private static Long contentLength(HttpResponse<?> response) {
        long length = response.getContentLength();
        return length >= 0 ? length : null;
    }
}
