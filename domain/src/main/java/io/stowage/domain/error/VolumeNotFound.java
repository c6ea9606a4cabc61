package io.stowage.domain.error;

/** A volume name no volume has. */
public final class VolumeNotFound extends StorageException {

    private static final long serialVersionUID = 1L;

    public VolumeNotFound(String message) {
        super(ErrorCode.NO_SUCH_VOLUME, message);
    }
}
