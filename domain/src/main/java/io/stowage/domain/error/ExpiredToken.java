package io.stowage.domain.error;

/** A signed URL's token whose signature holds but whose expiry has passed. */
public final class ExpiredToken extends StorageException {

    private static final long serialVersionUID = 1L;

    public ExpiredToken(String message) {
        super(ErrorCode.EXPIRED_TOKEN, message);
    }
}
