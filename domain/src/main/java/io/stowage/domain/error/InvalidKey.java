package io.stowage.domain.error;

/** An object key that breaks the key rules. */
public final class InvalidKey extends StorageException {

    private static final long serialVersionUID = 1L;

    public InvalidKey(String message) {
        super(ErrorCode.INVALID_KEY, message);
    }
}
