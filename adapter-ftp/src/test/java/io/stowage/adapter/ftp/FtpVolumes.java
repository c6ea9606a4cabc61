package io.stowage.adapter.ftp;

import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.port.out.DependencyCheck;
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

    static Volume open(Map<String, String> values) {
        OpenedVolume opened = new FtpVolumeDriver().open(NAME, settings(values));
        return new Volume(opened.store(), opened.probe(), opened.resources());
    }

    /** An opened volume a test can close with try-with-resources. */
    record Volume(BlobStore store, DependencyCheck probe, AutoCloseable resources) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            resources.close();
        }
    }

    static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> changed = new HashMap<>(values);
        changed.put(key, value);
        return changed;
    }
}
