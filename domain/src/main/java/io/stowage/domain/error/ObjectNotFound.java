package io.stowage.domain.error;

/** An object that does not exist, or that the caller may not read (the two answer alike). */
public final class ObjectNotFound extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String bucket;
    private final String key;

    public ObjectNotFound(String bucket, String key) {
        super(ErrorCode.NO_SUCH_KEY, "Object not found");
        this.bucket = bucket;
        this.key = key;
    }

    public String bucket() {
        return bucket;
    }

    public String key() {
        return key;
    }
}
