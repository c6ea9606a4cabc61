package io.stowage.adapter.http.error;

import io.micronaut.http.HttpStatus;
import io.stowage.domain.error.ErrorCode;
import java.util.Locale;

/**
 * The one place where error codes meet HTTP statuses: every domain {@link ErrorCode} has its status
 * here, and every status Micronaut itself produces (unknown route, wrong method, bad body) has its code.
 */
public final class ErrorTable {

    /** Codes for statuses that only the HTTP layer produces; no domain error means them. */
    static final String ROUTE_NOT_FOUND = "NotFound";
    static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
    static final String NOT_ACCEPTABLE = "NotAcceptable";
    static final String INVALID_RANGE = "InvalidRange";

    /** Seconds a client should wait before retrying a 503. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private ErrorTable() {
    }

    /** Exhaustive on purpose: a new {@link ErrorCode} does not compile until it has its status here. */
    public static HttpStatus statusOf(ErrorCode code) {
        return switch (code) {
            case NO_SUCH_BUCKET, NO_SUCH_KEY -> HttpStatus.NOT_FOUND;
            case KEY_ALREADY_EXISTS, BUCKET_ALREADY_EXISTS, BUCKET_NOT_EMPTY -> HttpStatus.CONFLICT;
            case ENTITY_TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case INVALID_MIME_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case ACCESS_DENIED -> HttpStatus.FORBIDDEN;
            case INVALID_JWT -> HttpStatus.UNAUTHORIZED;
            // a signed URL's token is the request's whole authorization: a bad or stale one is refused, like S3
            case INVALID_SIGNATURE, EXPIRED_TOKEN -> HttpStatus.FORBIDDEN;
            case INVALID_KEY, INVALID_BUCKET_NAME, INVALID_REQUEST, BAD_DIGEST -> HttpStatus.BAD_REQUEST;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case SERVICE_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case INSUFFICIENT_STORAGE -> HttpStatus.INSUFFICIENT_STORAGE;
            // as Supabase answers a source it cannot transform
            case IMAGE_PROCESSING_ERROR -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NO_SUCH_VOLUME -> HttpStatus.NOT_FOUND;
            // a volume buckets use, or one the configuration file owns; uploads to a deactivated volume
            case VOLUME_CONFLICT, VOLUME_INACTIVE -> HttpStatus.CONFLICT;
            // the volume's settings were read, but its store refused the probe: the request cannot be done
            case VOLUME_UNREACHABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
            // resumable uploads (tus): an unknown id, a chunk at the wrong offset or racing another, an expired upload
            case NO_SUCH_UPLOAD -> HttpStatus.NOT_FOUND;
            case UPLOAD_CONFLICT -> HttpStatus.CONFLICT;
            case UPLOAD_EXPIRED -> HttpStatus.GONE;
        };
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
