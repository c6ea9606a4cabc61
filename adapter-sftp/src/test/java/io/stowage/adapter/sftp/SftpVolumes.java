package io.stowage.adapter.sftp;

import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.domain.bucket.VolumeName;
import java.util.Map;

/** Opens sftp volumes the way configuration does, for the tests. */
final class SftpVolumes {

    static final String PREFIX = "stowage.volumes.remote.";

    private SftpVolumes() {
    }

    static VolumeSettings settings(Map<String, String> values) {
        return new VolumeSettings(VolumeName.DEFAULT, PREFIX, values);
    }

    static OpenedVolume open(Map<String, String> values) {
        return new SftpVolumeDriver().open(VolumeName.DEFAULT, settings(values));
    }
}
