package io.stowage.domain.error;

/** A new upload refused because its bucket's volume is deactivated; reads go on. */
public final class VolumeInactive extends StorageException {

    private static final long serialVersionUID = 1L;

    public VolumeInactive(String message) {
        super(ErrorCode.VOLUME_INACTIVE, message);
    }
}
