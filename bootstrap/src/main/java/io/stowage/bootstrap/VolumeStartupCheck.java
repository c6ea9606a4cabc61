package io.stowage.bootstrap;

import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.service.Volumes;
import io.stowage.domain.bucket.VolumeName;
import java.util.Set;
import java.util.TreeSet;

/**
 * Before the server answers: every volume takes a durable write and a delete, and every volume some
 * bucket lives on is configured. The first problem stops the start with one line naming the volume.
 */
final class VolumeStartupCheck {

    private VolumeStartupCheck() {
    }

    static void run(Volumes volumes, BucketCatalog buckets) {
        for (Volumes.Volume volume : volumes.all()) {
            try {
                volume.probe().check();
            } catch (Exception e) {
                throw new StartupFailure("volume '" + volume.name() + "' (" + volume.driver() + ") is not usable: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (VolumeName used : buckets.volumesInUse()) {
            if (!volumes.names().contains(used)) {
                missing.add(used.value());
            }
        }
        if (!missing.isEmpty()) {
            throw new StartupFailure("buckets live on volume(s) " + missing + ", which the configuration lacks;"
                    + " configure them under stowage.volumes");
        }
    }
}
