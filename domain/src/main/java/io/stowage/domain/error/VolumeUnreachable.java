package io.stowage.domain.error;

/** A volume whose store could not be opened or failed its probe (durable write and delete). */
public final class VolumeUnreachable extends StorageException {

    private static final long serialVersionUID = 1L;

    public VolumeUnreachable(String message) {
        super(ErrorCode.VOLUME_UNREACHABLE, message);
    }
}
