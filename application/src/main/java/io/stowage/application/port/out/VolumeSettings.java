package io.stowage.application.port.out;

import io.stowage.domain.bucket.VolumeName;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The configured settings of one volume, as text, with the prefix they were configured under (such as
 * {@code stowage.volumes.archive.}) so that every complaint names the exact setting, never its value.
 */
public record VolumeSettings(VolumeName volume, String prefix, Map<String, String> values) {

    public VolumeSettings {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(prefix, "prefix");
        values = Map.copyOf(values);
    }

    public Optional<String> optional(String key) {
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(value -> !value.isEmpty());
    }

    public String required(String key) {
        return optional(key).orElseThrow(() -> invalid(key, "must be set"));
    }

    public String text(String key, String fallback) {
        return optional(key).orElse(fallback);
    }

    public boolean flag(String key, boolean fallback) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw invalid(key, "must be true or false");
        };
    }

    /** A start-up failure naming the setting: {@code stowage.volumes.archive.endpoint must be set}. */
    public InvalidVolumeSettings invalid(String key, String problem) {
        return new InvalidVolumeSettings(prefix + key + " " + problem);
    }

    /** Settings that make a volume impossible to open; the message names the setting, never a secret. */
    public static final class InvalidVolumeSettings extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public InvalidVolumeSettings(String message) {
            super(message);
        }
    }
}
