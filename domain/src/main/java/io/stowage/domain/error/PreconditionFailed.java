package io.stowage.domain.error;

/** A conditional write whose condition no longer holds. */
public final class PreconditionFailed extends StorageException {

    private static final long serialVersionUID = 1L;

    public PreconditionFailed(String message) {
        super(ErrorCode.PRECONDITION_FAILED, message);
    }
}
