package io.stowage.domain.error;

/** A resumable upload outlived its expiry; its bytes are gone or about to be. */
public final class UploadExpired extends StorageException {

    private static final long serialVersionUID = 1L;

    public UploadExpired() {
        super(ErrorCode.UPLOAD_EXPIRED, "The upload has expired");
    }
}
