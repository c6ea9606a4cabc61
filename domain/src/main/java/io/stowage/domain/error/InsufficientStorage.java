package io.stowage.domain.error;

/** The volume that would hold the blob is full: nothing was stored; reads go on working. */
public final class InsufficientStorage extends StorageException {

    private static final long serialVersionUID = 1L;

    public InsufficientStorage(String volume) {
        super(ErrorCode.INSUFFICIENT_STORAGE, "The storage volume '" + volume + "' is full; nothing was stored");
    }
}
