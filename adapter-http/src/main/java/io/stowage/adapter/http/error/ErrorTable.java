package io.stowage.adapter.http.error;

import io.micronaut.http.HttpStatus;
import io.stowage.domain.error.ErrorCode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where error codes meet HTTP statuses: every domain {@link ErrorCode} has its status
 * here, and every status Micronaut itself produces (unknown route, wrong method, bad body) has its code.
 */
public final class ErrorTable {

    private static final Map<ErrorCode, HttpStatus> STATUS_OF_CODE = new EnumMap<>(ErrorCode.class);

    static {
        STATUS_OF_CODE.put(ErrorCode.NO_SUCH_BUCKET, HttpStatus.NOT_FOUND);
        STATUS_OF_CODE.put(ErrorCode.NO_SUCH_KEY, HttpStatus.NOT_FOUND);
        STATUS_OF_CODE.put(ErrorCode.KEY_ALREADY_EXISTS, HttpStatus.CONFLICT);
        STATUS_OF_CODE.put(ErrorCode.BUCKET_ALREADY_EXISTS, HttpStatus.CONFLICT);
        STATUS_OF_CODE.put(ErrorCode.BUCKET_NOT_EMPTY, HttpStatus.CONFLICT);
        STATUS_OF_CODE.put(ErrorCode.ENTITY_TOO_LARGE, HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        STATUS_OF_CODE.put(ErrorCode.INVALID_MIME_TYPE, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        STATUS_OF_CODE.put(ErrorCode.ACCESS_DENIED, HttpStatus.FORBIDDEN);
        STATUS_OF_CODE.put(ErrorCode.INVALID_JWT, HttpStatus.UNAUTHORIZED);
        // a signed URL's token is the request's whole authorization: a bad or stale one is refused, like S3
        STATUS_OF_CODE.put(ErrorCode.INVALID_SIGNATURE, HttpStatus.FORBIDDEN);
        STATUS_OF_CODE.put(ErrorCode.EXPIRED_TOKEN, HttpStatus.FORBIDDEN);
        STATUS_OF_CODE.put(ErrorCode.INVALID_KEY, HttpStatus.BAD_REQUEST);
        STATUS_OF_CODE.put(ErrorCode.INVALID_BUCKET_NAME, HttpStatus.BAD_REQUEST);
        STATUS_OF_CODE.put(ErrorCode.INVALID_REQUEST, HttpStatus.BAD_REQUEST);
        STATUS_OF_CODE.put(ErrorCode.PRECONDITION_FAILED, HttpStatus.PRECONDITION_FAILED);
        STATUS_OF_CODE.put(ErrorCode.BAD_DIGEST, HttpStatus.BAD_REQUEST);
        STATUS_OF_CODE.put(ErrorCode.SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE);
        STATUS_OF_CODE.put(ErrorCode.INSUFFICIENT_STORAGE, HttpStatus.INSUFFICIENT_STORAGE);
        STATUS_OF_CODE.put(ErrorCode.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /** Codes for statuses that only the HTTP layer produces; no domain error means them. */
    static final String ROUTE_NOT_FOUND = "NotFound";
    static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
    static final String NOT_ACCEPTABLE = "NotAcceptable";
    static final String INVALID_RANGE = "InvalidRange";

    /** Seconds a client should wait before retrying a 503. */
    static final String RETRY_AFTER_SECONDS = "5";

    private ErrorTable() {
    }

    public static HttpStatus statusOf(ErrorCode code) {
        HttpStatus status = STATUS_OF_CODE.get(code);
        if (status == null) {
            throw new IllegalStateException("no HTTP status for error code " + code);
        }
        return status;
    }

    /** The code to send for a status Micronaut produced on its own (routing, body decoding, limits). */
    static String codeOfStatus(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> ErrorCode.INVALID_REQUEST.wireName();
            case UNAUTHORIZED -> ErrorCode.INVALID_JWT.wireName();
            case FORBIDDEN -> ErrorCode.ACCESS_DENIED.wireName();
            case NOT_FOUND -> ROUTE_NOT_FOUND;
            case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
            case REQUESTED_RANGE_NOT_SATISFIABLE -> INVALID_RANGE;
            case REQUEST_ENTITY_TOO_LARGE -> ErrorCode.ENTITY_TOO_LARGE.wireName();
            case UNSUPPORTED_MEDIA_TYPE -> ErrorCode.INVALID_MIME_TYPE.wireName();
            case SERVICE_UNAVAILABLE -> ErrorCode.SERVICE_UNAVAILABLE.wireName();
            // the client spoke a protocol version the server does not: its request, not the server, is at fault
            case HTTP_VERSION_NOT_SUPPORTED -> ErrorCode.INVALID_REQUEST.wireName();
            default -> status.getCode() >= 500 ? ErrorCode.INTERNAL_ERROR.wireName() : ErrorCode.INVALID_REQUEST.wireName();
        };
    }

    /** The short reason phrase of the body's `error` field, e.g. "not_found". */
    static String reasonOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad_request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case NOT_ACCEPTABLE -> "not_acceptable";
            case CONFLICT -> "conflict";
            case PRECONDITION_FAILED -> "precondition_failed";
            case REQUESTED_RANGE_NOT_SATISFIABLE -> "range_not_satisfiable";
            case REQUEST_ENTITY_TOO_LARGE -> "payload_too_large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case SERVICE_UNAVAILABLE -> "service_unavailable";
            case INTERNAL_SERVER_ERROR -> "internal_server_error";
            default -> status.getReason().toLowerCase(Locale.ROOT).replace(' ', '_');
        };
    }
}
