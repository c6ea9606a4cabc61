package io.stowage.domain.error;

/** A volume change refused: buckets use it, the configuration file owns it, or the name is taken. */
public final class VolumeConflict extends StorageException {

    private static final long serialVersionUID = 1L;

    public VolumeConflict(String message) {
        super(ErrorCode.VOLUME_CONFLICT, message);
    }
}
