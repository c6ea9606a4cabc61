package io.stowage.domain.error;

/** No resumable upload answers to an id, for this caller: unknown, finished, terminated, or someone else's. */
public final class NoSuchUpload extends StorageException {

    private static final long serialVersionUID = 1L;

    public NoSuchUpload() {
        super(ErrorCode.NO_SUCH_UPLOAD, "Upload not found");
    }
}
