package io.stowage.application.port.out;

import io.stowage.domain.bucket.VolumeName;

/**
 * Opens volumes of one kind, such as {@code fs} or {@code s3}, from their settings. Each blob store
 * adapter provides one driver; the configuration names the driver of every volume.
 */
public interface BlobStoreDriver {

    /** The name configurations use to pick this driver, e.g. {@code fs}. */
    String name();

    /**
     * Opens the volume without probing it (the start-up check does that).
     *
     * @throws VolumeSettings.InvalidVolumeSettings when a setting is missing or malformed
     */
    OpenedVolume open(VolumeName volume, VolumeSettings settings);

    /** A ready store with the probe that checks it and what must be closed when Stowage stops. */
    record OpenedVolume(BlobStore store, DependencyCheck probe, AutoCloseable resources) {
    }
}
