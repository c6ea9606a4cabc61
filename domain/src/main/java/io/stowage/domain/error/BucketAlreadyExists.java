package io.stowage.domain.error;

/** A bucket name already taken. */
public final class BucketAlreadyExists extends StorageException {

    private static final long serialVersionUID = 1L;

    public BucketAlreadyExists(String bucket) {
        super(ErrorCode.BUCKET_ALREADY_EXISTS, "The bucket already exists: " + bucket);
    }
}
