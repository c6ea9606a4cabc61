package io.stowage.domain.error;

/** A content type the bucket does not allow. */
public final class UnsupportedMimeType extends StorageException {

    private static final long serialVersionUID = 1L;

    public UnsupportedMimeType(String contentType) {
        super(ErrorCode.INVALID_MIME_TYPE, "mime type " + contentType + " is not supported");
    }
}
