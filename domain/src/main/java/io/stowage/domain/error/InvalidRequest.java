package io.stowage.domain.error;

/** A request whose parameters or body are malformed. */
public final class InvalidRequest extends StorageException {

    private static final long serialVersionUID = 1L;

    public InvalidRequest(String message) {
        super(ErrorCode.INVALID_REQUEST, message);
    }
}
