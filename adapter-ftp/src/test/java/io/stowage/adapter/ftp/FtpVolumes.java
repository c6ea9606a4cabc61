package io.stowage.adapter.ftp;

import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.domain.bucket.VolumeName;
import java.util.HashMap;
import java.util.Map;

/** Opens ftp volumes the way bootstrap does, from settings under {@code stowage.volumes.<name>.}. */
final class FtpVolumes {

    static final VolumeName NAME = new VolumeName("remote");

    private FtpVolumes() {
    }

    static VolumeSettings settings(Map<String, String> values) {
        return new VolumeSettings(NAME, "stowage.volumes.remote.", values);
    }

    static OpenedVolume open(Map<String, String> values) {
        return new FtpVolumeDriver().open(NAME, settings(values));
    }

    static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> changed = new HashMap<>(values);
        changed.put(key, value);
        return changed;
    }
}
