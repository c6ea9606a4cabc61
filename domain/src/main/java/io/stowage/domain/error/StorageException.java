package io.stowage.domain.error;

/** Root of every error Stowage reports to a caller; each carries a stable code and a safe message. */
public abstract class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    protected StorageException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    protected StorageException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
