package io.stowage.domain.error;

/** A dependency (database or blob store) that cannot be reached right now; the caller may retry. */
public final class StorageUnavailable extends StorageException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailable(String message, Throwable cause) {
        super(ErrorCode.SERVICE_UNAVAILABLE, message, cause);
    }
}
