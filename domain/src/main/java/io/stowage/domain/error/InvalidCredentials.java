package io.stowage.domain.error;

/** A bearer token that is malformed, expired, unsigned or signed with another key. */
public final class InvalidCredentials extends StorageException {

    private static final long serialVersionUID = 1L;

    public InvalidCredentials(String message) {
        super(ErrorCode.INVALID_JWT, message);
    }
}
