package io.stowage.domain.error;

/** A write or management action the caller may not perform. */
public final class AccessDenied extends StorageException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String message) {
        super(ErrorCode.ACCESS_DENIED, message);
    }
}
