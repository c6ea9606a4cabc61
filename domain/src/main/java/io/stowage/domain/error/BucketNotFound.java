package io.stowage.domain.error;

/** A bucket that does not exist. */
public final class BucketNotFound extends StorageException {

    private static final long serialVersionUID = 1L;

    public BucketNotFound(String bucket) {
        super(ErrorCode.NO_SUCH_BUCKET, "Bucket not found: " + bucket);
    }
}
