package io.stowage.domain.error;

/** An object that cannot be rendered: not an image of a supported type, undecodable, or beyond the limits. */
public final class ImageNotRenderable extends StorageException {

    private static final long serialVersionUID = 1L;

    public ImageNotRenderable(String message) {
        super(ErrorCode.IMAGE_PROCESSING_ERROR, message);
    }
}
