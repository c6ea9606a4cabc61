package io.stowage.adapter.s3;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.stowage.domain.error.StorageUnavailable;
import java.io.IOException;
import java.util.Set;

/**
 * Translates what the S3 client throws into domain terms at the adapter boundary. Messages stay fixed
 * and name no endpoint, key or credential: they may reach a client. The S3 error rides along as the
 * cause, for the logs.
 */
final class S3Failures {

    static final String UNAVAILABLE = "blob store unavailable";

    /** S3 error codes meaning "no object under that key" (a HEAD has no body, so the client names it). */
    private static final Set<String> MISSING_KEY = Set.of("NoSuchKey", "NoSuchObject", "NotFound");

    private S3Failures() {
    }

    /** Whether the store answered that the key holds no object, as opposed to failing to answer. */
    static boolean isMissingKey(Throwable failure) {
        ErrorResponseException response = find(failure, ErrorResponseException.class);
        return response != null && MISSING_KEY.contains(response.errorResponse().code());
    }

    /** The S3 error code of a refusal, when the store answered with one. */
    static String errorCode(Throwable failure) {
        ErrorResponseException response = find(failure, ErrorResponseException.class);
        return response == null ? null : response.errorResponse().code();
    }

    /**
     * Anything the client raised because of the store (an S3 error answer, a 5xx, a refused connection, a
     * timeout) becomes {@link StorageUnavailable}. The client wraps I/O failures it did not make itself in
     * an {@link IllegalStateException}, so the cause chain decides. Other runtime exceptions are bugs and
     * go out unchanged.
     */
    static RuntimeException translate(Exception failure) {
        if (failure instanceof MinioException
                || find(failure, MinioException.class) != null
                || find(failure, IOException.class) != null
                || !(failure instanceof RuntimeException)) {
            return new StorageUnavailable(UNAVAILABLE, failure);
        }
        return (RuntimeException) failure;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
