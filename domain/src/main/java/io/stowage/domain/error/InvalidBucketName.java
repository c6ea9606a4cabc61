package io.stowage.domain.error;

/** A bucket name that breaks the naming rules. */
public final class InvalidBucketName extends StorageException {

    private static final long serialVersionUID = 1L;

    public InvalidBucketName(String message) {
        super(ErrorCode.INVALID_BUCKET_NAME, message);
    }
}
