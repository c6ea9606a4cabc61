package io.stowage.adapter.http.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpStatus;
import io.stowage.domain.error.ErrorCode;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one mapping from codes to statuses, entry by entry, so that a new code cannot slip in unmapped. */
class ErrorTableTest {

    private static final Map<ErrorCode, Integer> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(ErrorCode.NO_SUCH_BUCKET, 404),
            Map.entry(ErrorCode.NO_SUCH_KEY, 404),
            Map.entry(ErrorCode.KEY_ALREADY_EXISTS, 409),
            Map.entry(ErrorCode.BUCKET_ALREADY_EXISTS, 409),
            Map.entry(ErrorCode.BUCKET_NOT_EMPTY, 409),
            Map.entry(ErrorCode.ENTITY_TOO_LARGE, 413),
            Map.entry(ErrorCode.INVALID_MIME_TYPE, 415),
            Map.entry(ErrorCode.ACCESS_DENIED, 403),
            Map.entry(ErrorCode.INVALID_JWT, 401),
            Map.entry(ErrorCode.INVALID_SIGNATURE, 403),
            Map.entry(ErrorCode.EXPIRED_TOKEN, 403),
            Map.entry(ErrorCode.INVALID_KEY, 400),
            Map.entry(ErrorCode.INVALID_BUCKET_NAME, 400),
            Map.entry(ErrorCode.INVALID_REQUEST, 400),
            Map.entry(ErrorCode.PRECONDITION_FAILED, 412),
            Map.entry(ErrorCode.BAD_DIGEST, 400),
            Map.entry(ErrorCode.SERVICE_UNAVAILABLE, 503),
            Map.entry(ErrorCode.INSUFFICIENT_STORAGE, 507),
            Map.entry(ErrorCode.INTERNAL_ERROR, 500)));

    @Test
    void everyCodeHasItsStatus() {
        for (ErrorCode code : ErrorCode.values()) {
            assertEquals(EXPECTED.get(code), ErrorTable.statusOf(code).getCode(), code.name());
        }
    }

    @Test
    void bodiesCarryStatusCodeReasonAndMessage() {
        ErrorBody body = ApiError.of(ErrorCode.NO_SUCH_KEY, "Object not found").body();
        assertEquals(new ErrorBody("404", "NoSuchKey", "not_found", "Object not found"), body);
        assertEquals("payload_too_large", ApiError.of(ErrorCode.ENTITY_TOO_LARGE, "x").body().error());
        assertEquals("service_unavailable", ApiError.of(ErrorCode.SERVICE_UNAVAILABLE, "x").body().error());
        assertEquals(new ErrorBody("416", "InvalidRange", "range_not_satisfiable", "past the end"),
                ApiError.invalidRange("past the end").body());
    }

    @Test
    void statusesMicronautRaisesItselfGetCodesToo() {
        assertEquals("NotFound", ErrorTable.codeOfStatus(HttpStatus.NOT_FOUND));
        assertEquals("MethodNotAllowed", ErrorTable.codeOfStatus(HttpStatus.METHOD_NOT_ALLOWED));
        assertEquals("InvalidRequest", ErrorTable.codeOfStatus(HttpStatus.BAD_REQUEST));
        assertEquals("EntityTooLarge", ErrorTable.codeOfStatus(HttpStatus.REQUEST_ENTITY_TOO_LARGE));
        assertEquals("InvalidMimeType", ErrorTable.codeOfStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
        assertEquals("InternalError", ErrorTable.codeOfStatus(HttpStatus.BAD_GATEWAY));
        assertEquals("InvalidRange", ErrorTable.codeOfStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE));
    }
}
