package io.stowage.adapter.http.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpStatus;
import io.stowage.domain.error.ErrorCode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The code-to-status mapping is an exhaustive switch, so the compiler already refuses an unmapped code;
 * these tests hold it to the wire contract: the statuses the README and the Supabase contract document,
 * and no client mistake answered as a server failure.
 */
class ErrorTableTest {

    /** Wire code to status, as written in README.md and docs/supabase-storage-contract.md. */
    private static final Map<String, Integer> DOCUMENTED = Map.ofEntries(
            Map.entry("NoSuchBucket", 404),
            Map.entry("NoSuchKey", 404),
            Map.entry("KeyAlreadyExists", 409),
            Map.entry("BucketAlreadyExists", 409),
            Map.entry("ResourceNotEmpty", 409),
            Map.entry("EntityTooLarge", 413),
            Map.entry("InvalidMimeType", 415),
            Map.entry("AccessDenied", 403),
            Map.entry("InvalidJWT", 401),
            Map.entry("InvalidSignature", 403),
            Map.entry("ExpiredToken", 403),
            Map.entry("InvalidKey", 400),
            Map.entry("InvalidRequest", 400),
            Map.entry("PreconditionFailed", 412),
            Map.entry("BadDigest", 400),
            Map.entry("ServiceUnavailable", 503),
            Map.entry("InsufficientStorage", 507),
            Map.entry("NoSuchVolume", 404),
            Map.entry("VolumeConflict", 409),
            Map.entry("VolumeInactive", 409),
            Map.entry("VolumeUnreachable", 422));

    /** The only codes that may be answered with a 5xx: the server's own trouble, never the client's. */
    private static final Set<ErrorCode> SERVER_SIDE = EnumSet.of(
            ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.INSUFFICIENT_STORAGE, ErrorCode.INTERNAL_ERROR);

    @Test
    void documentedCodesKeepTheirStatuses() {
        Map<String, ErrorCode> byWireName = new HashMap<>();
        for (ErrorCode code : ErrorCode.values()) {
            byWireName.put(code.wireName(), code);
        }
        DOCUMENTED.forEach((wireName, status) -> {
            ErrorCode code = byWireName.get(wireName);
            assertNotNull(code, "documented code " + wireName + " has no ErrorCode");
            assertEquals(status, ErrorTable.statusOf(code).getCode(), wireName);
        });
    }

    @Test
    void everyCodeIsAnErrorStatusAndOnlyServerTroubleIsA5xx() {
        for (ErrorCode code : ErrorCode.values()) {
            int status = ErrorTable.statusOf(code).getCode();
            assertTrue(status >= 400 && status < 600, code + " maps to " + status);
            assertEquals(SERVER_SIDE.contains(code), status >= 500, code + " maps to " + status);
        }
        assertEquals(400, ErrorTable.statusOf(ErrorCode.INVALID_BUCKET_NAME).getCode());
        assertEquals(500, ErrorTable.statusOf(ErrorCode.INTERNAL_ERROR).getCode());
    }

    @Test
    void everyCodesBodyNamesItsStatusAndReason() {
        for (ErrorCode code : ErrorCode.values()) {
            ErrorBody body = ApiError.of(code, "m").body();
            HttpStatus status = ErrorTable.statusOf(code);
            assertEquals(new ErrorBody(Integer.toString(status.getCode()), code.wireName(),
                    ErrorTable.reasonOf(status), "m"), body);
            assertFalse(body.error().isBlank(), code.name());
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
