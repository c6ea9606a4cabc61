package io.stowage.domain.error;

/** A create-only write found an object at the path. */
public final class ObjectAlreadyExists extends StorageException {

    private static final long serialVersionUID = 1L;

    public ObjectAlreadyExists(String bucket, String key) {
        super(ErrorCode.KEY_ALREADY_EXISTS, "The resource already exists: " + bucket + "/" + key);
    }
}
