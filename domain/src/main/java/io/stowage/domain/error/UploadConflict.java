package io.stowage.domain.error;

/** A resumable upload's chunk does not fit: its offset is not the upload's, or another chunk is being written. */
public final class UploadConflict extends StorageException {

    private static final long serialVersionUID = 1L;

    public UploadConflict(String message) {
        super(ErrorCode.UPLOAD_CONFLICT, message);
    }
}
