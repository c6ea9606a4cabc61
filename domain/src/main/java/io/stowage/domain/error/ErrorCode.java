package io.stowage.domain.error;

/** Stable, client-visible error codes; the HTTP adapter owns their mapping to statuses. */
public enum ErrorCode {
    NO_SUCH_BUCKET("NoSuchBucket"),
    NO_SUCH_KEY("NoSuchKey"),
    KEY_ALREADY_EXISTS("KeyAlreadyExists"),
    BUCKET_ALREADY_EXISTS("BucketAlreadyExists"),
    BUCKET_NOT_EMPTY("ResourceNotEmpty"),
    ENTITY_TOO_LARGE("EntityTooLarge"),
    INVALID_MIME_TYPE("InvalidMimeType"),
    ACCESS_DENIED("AccessDenied"),
    INVALID_JWT("InvalidJWT"),
    INVALID_SIGNATURE("InvalidSignature"),
    EXPIRED_TOKEN("ExpiredToken"),
    INVALID_KEY("InvalidKey"),
    INVALID_BUCKET_NAME("InvalidBucketName"),
    INVALID_REQUEST("InvalidRequest"),
    PRECONDITION_FAILED("PreconditionFailed"),
    BAD_DIGEST("BadDigest"),
    SERVICE_UNAVAILABLE("ServiceUnavailable"),
    INSUFFICIENT_STORAGE("InsufficientStorage"),
    IMAGE_PROCESSING_ERROR("ImageProcessingError"),
    NO_SUCH_UPLOAD("NoSuchUpload"),
    UPLOAD_CONFLICT("UploadConflict"),
    UPLOAD_EXPIRED("UploadExpired"),
    NO_SUCH_VOLUME("NoSuchVolume"),
    VOLUME_CONFLICT("VolumeConflict"),
    VOLUME_INACTIVE("VolumeInactive"),
    VOLUME_UNREACHABLE("VolumeUnreachable"),
    INTERNAL_ERROR("InternalError");

    private final String wireName;

    ErrorCode(String wireName) {
        this.wireName = wireName;
    }

    /** The code as the Supabase client reads it from the error body. */
    public String wireName() {
        return wireName;
    }
}
