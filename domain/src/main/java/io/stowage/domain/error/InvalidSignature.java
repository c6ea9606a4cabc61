package io.stowage.domain.error;

/**
 * A signed URL's token that is empty, malformed, tampered with, signed with another key, or that was
 * signed for another object, another scope or a version that is no longer current.
 */
public final class InvalidSignature extends StorageException {

    private static final long serialVersionUID = 1L;

    public InvalidSignature(String message) {
        super(ErrorCode.INVALID_SIGNATURE, message);
    }
}
