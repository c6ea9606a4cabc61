package io.stowage.adapter.http.error;

import io.micronaut.http.HttpStatus;
import io.stowage.domain.error.ErrorCode;
import io.stowage.domain.error.StorageException;

/** One error ready to be sent: its status, wire code and a message safe to show a client. */
public record ApiError(HttpStatus status, String code, String message) {

    public static ApiError of(StorageException error) {
        return of(error.code(), error.getMessage());
    }

    public static ApiError of(ErrorCode code, String message) {
        return new ApiError(ErrorTable.statusOf(code), code.wireName(), message);
    }

    /** A Range header that starts past the object's end (416); only the HTTP layer knows ranges. */
    public static ApiError invalidRange(String message) {
        return new ApiError(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, ErrorTable.INVALID_RANGE, message);
    }

    /** An error Micronaut raised by status alone, such as an unknown route. */
    public static ApiError ofStatus(HttpStatus status, String message) {
        return new ApiError(status, ErrorTable.codeOfStatus(status), message);
    }

    public ErrorBody body() {
        return new ErrorBody(Integer.toString(status.getCode()), code, ErrorTable.reasonOf(status), message);
    }
}
