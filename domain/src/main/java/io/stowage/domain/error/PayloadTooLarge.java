package io.stowage.domain.error;

/** A body larger than the bucket's or the global limit. */
public final class PayloadTooLarge extends StorageException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public PayloadTooLarge(long limitBytes) {
        super(ErrorCode.ENTITY_TOO_LARGE, "The object exceeded the maximum allowed size of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
