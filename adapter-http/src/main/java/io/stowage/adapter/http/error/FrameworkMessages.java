package io.stowage.adapter.http.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import java.util.Locale;

/**
 * Plain messages for the errors Micronaut raises by itself. Its own texts name settings
 * ({@code micronaut.server.max-request-size}), parser classes and their limits ({@code StreamReadConstraints}),
 * which tell a client nothing it can act on and an attacker how the server is built; the cause goes to the log.
 */
final class FrameworkMessages {

    private FrameworkMessages() {
    }

    static String of(HttpRequest<?> request, HttpStatus status, Throwable cause) {
        return switch (status) {
            case NOT_FOUND -> "Route not found";
            case METHOD_NOT_ALLOWED -> "Method " + (request == null ? "" : request.getMethodName() + " ")
                    + "is not allowed on this route";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large";
            case UNSUPPORTED_MEDIA_TYPE -> "This route does not accept the request's content type";
            case NOT_ACCEPTABLE -> "This route cannot answer in any of the accepted media types";
            case BAD_REQUEST -> badRequest(cause);
            default -> status.getCode() >= 500 ? UnexpectedExceptionHandler.GENERIC_MESSAGE : status.getReason();
        };
    }

    /** What a 400 Micronaut raised is about, from its cause chain, without quoting any of it. */
    private static String badRequest(Throwable cause) {
        boolean json = false;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("nesting depth")) {
                return "The JSON body is nested too deeply";
            }
            if (text.contains("length") && text.contains("exceeds")) {
                return "The JSON body holds a value that is too long";
            }
            String type = t.getClass().getName().toLowerCase(Locale.ROOT);
            json |= type.contains("json") || type.contains("jackson") || type.contains("serde");
        }
        return json ? "The request body is not valid JSON, or not of the expected shape"
                : "The request is malformed: a parameter or the body could not be read";
    }
}
