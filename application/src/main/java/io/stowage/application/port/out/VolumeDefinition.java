package io.stowage.application.port.out;

import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.InvalidRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One volume as the volumes table keeps it: its driver and settings in clear (the registry seals the
 * secrets), default prefix, path strategy, whether new uploads may go there, and whether the configuration
 * file owns it. {@link #toString()} masks the secrets, so a log line never carries one.
 */
public record VolumeDefinition(VolumeName name, String driver, Map<String, String> settings, String defaultPrefix,
        String pathStrategy, boolean active, boolean fromConfig, Instant createdAt, Instant updatedAt) {

    /** The only path strategy so far: blobs under {@code <bucket id>/<version id>}. */
    public static final String PATH_NONE = "none";

    public VolumeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (driver == null || driver.isBlank()) {
            throw new InvalidRequest("A volume needs a driver");
        }
        settings = Map.copyOf(settings);
        defaultPrefix = defaultPrefix == null ? "" : defaultPrefix;
        pathStrategy = pathStrategy == null ? PATH_NONE : pathStrategy;
        if (!PATH_NONE.equals(pathStrategy)) {
            throw new InvalidRequest("path_strategy must be 'none'");
        }
    }

    /** The settings the driver reads, named as the API names them. */
    public VolumeSettings driverSettings() {
        return new VolumeSettings(name, "settings.", settings);
    }

    public VolumeDefinition withState(Map<String, String> newSettings, String newPrefix, boolean newActive,
            Instant at) {
        return new VolumeDefinition(name, driver, newSettings, newPrefix, pathStrategy, newActive, fromConfig,
                createdAt, at);
    }

    @Override
    public String toString() {
        return "VolumeDefinition[name=" + name + ", driver=" + driver + ", settings="
                + VolumeSecrets.masked(settings) + ", defaultPrefix=" + defaultPrefix + ", pathStrategy=" + pathStrategy
                + ", active=" + active + ", fromConfig=" + fromConfig + "]";
    }
}
