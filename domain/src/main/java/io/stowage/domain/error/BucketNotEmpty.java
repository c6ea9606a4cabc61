package io.stowage.domain.error;

/** A bucket deletion refused because objects remain. */
public final class BucketNotEmpty extends StorageException {

    private static final long serialVersionUID = 1L;

    public BucketNotEmpty(String bucket) {
        super(ErrorCode.BUCKET_NOT_EMPTY, "The bucket is not empty: " + bucket);
    }
}
