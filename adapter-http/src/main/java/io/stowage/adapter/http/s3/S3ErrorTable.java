package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpStatus;
import io.stowage.domain.error.ErrorCode;

/**
 * The one place where domain error codes meet S3's codes and statuses, as {@code ErrorTable} is for the
 * REST API. Exhaustive: a new {@link ErrorCode} does not compile until it has its S3 answer here.
 */
final class S3ErrorTable {

    /** An S3 error code with its status. */
    record S3Code(String code, HttpStatus status) {
    }

    private S3ErrorTable() {
    }

    static S3Code of(ErrorCode code) {
        return switch (code) {
            case NO_SUCH_BUCKET -> new S3Code("NoSuchBucket", HttpStatus.NOT_FOUND);
            // a hidden object is exactly a missing one
            case NO_SUCH_KEY -> new S3Code("NoSuchKey", HttpStatus.NOT_FOUND);
            case KEY_ALREADY_EXISTS -> new S3Code("PreconditionFailed", HttpStatus.PRECONDITION_FAILED);
            case BUCKET_ALREADY_EXISTS -> new S3Code("BucketAlreadyExists", HttpStatus.CONFLICT);
            case BUCKET_NOT_EMPTY -> new S3Code("BucketNotEmpty", HttpStatus.CONFLICT);
            case ENTITY_TOO_LARGE -> new S3Code("EntityTooLarge", HttpStatus.BAD_REQUEST);
            case INVALID_MIME_TYPE -> new S3Code("InvalidArgument", HttpStatus.BAD_REQUEST);
            case ACCESS_DENIED -> new S3Code("AccessDenied", HttpStatus.FORBIDDEN);
            case INVALID_JWT -> new S3Code("InvalidToken", HttpStatus.BAD_REQUEST);
            case INVALID_SIGNATURE -> new S3Code("SignatureDoesNotMatch", HttpStatus.FORBIDDEN);
            case EXPIRED_TOKEN -> new S3Code("ExpiredToken", HttpStatus.BAD_REQUEST);
            case INVALID_KEY -> new S3Code("InvalidArgument", HttpStatus.BAD_REQUEST);
            case INVALID_BUCKET_NAME -> new S3Code("InvalidBucketName", HttpStatus.BAD_REQUEST);
            case INVALID_REQUEST -> new S3Code("InvalidRequest", HttpStatus.BAD_REQUEST);
            case PRECONDITION_FAILED -> new S3Code("PreconditionFailed", HttpStatus.PRECONDITION_FAILED);
            case BAD_DIGEST -> new S3Code("BadDigest", HttpStatus.BAD_REQUEST);
            case SERVICE_UNAVAILABLE -> new S3Code("ServiceUnavailable", HttpStatus.SERVICE_UNAVAILABLE);
            case INSUFFICIENT_STORAGE -> new S3Code("ServiceUnavailable", HttpStatus.SERVICE_UNAVAILABLE);
            // renders are not served over S3 (added here because main did not compile without it)
            case IMAGE_PROCESSING_ERROR -> new S3Code("InvalidRequest", HttpStatus.BAD_REQUEST);
            // an upload to a bucket whose volume was deactivated through the admin API
            case VOLUME_INACTIVE -> new S3Code("InvalidBucketState", HttpStatus.CONFLICT);
            // volume administration is not reachable through S3; these only name a misrouted call
            case NO_SUCH_VOLUME, VOLUME_CONFLICT, VOLUME_UNREACHABLE -> new S3Code("InvalidRequest",
                    HttpStatus.BAD_REQUEST);
            case INTERNAL_ERROR -> new S3Code("InternalError", HttpStatus.INTERNAL_SERVER_ERROR);
            // resumable (tus) uploads never answer through the S3 protocol; listed for exhaustiveness
            case NO_SUCH_UPLOAD -> new S3Code("NoSuchUpload", HttpStatus.NOT_FOUND);
            case UPLOAD_CONFLICT -> new S3Code("OperationAborted", HttpStatus.CONFLICT);
            case UPLOAD_EXPIRED -> new S3Code("NoSuchUpload", HttpStatus.NOT_FOUND);
        };
    }
}
