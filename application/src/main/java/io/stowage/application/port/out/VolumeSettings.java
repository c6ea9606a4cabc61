package io.stowage.application.port.out;

import io.stowage.domain.bucket.VolumeName;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configured settings of one volume, as text, with the prefix they were configured under (such as
 * {@code stowage.volumes.archive.}) so that every complaint names the exact setting, never its value.
 */
public record VolumeSettings(VolumeName volume, String prefix, Map<String, String> values) {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m)");

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

    /**
     * A whole number from {@code min} to {@code max}, {@code fallback} when unset.
     *
     * @throws InvalidVolumeSettings {@code <prefix><key> must be a whole number from <min> to <max>}
     */
    public int integer(String key, int fallback, int min, int max) {
        Optional<String> text = optional(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(key, "must be a whole number from " + min + " to " + max);
    }

    /**
     * A whole number above zero, {@code fallback} when unset.
     *
     * @throws InvalidVolumeSettings {@code <prefix><key> must be a positive whole number}
     */
    public int positiveInteger(String key, int fallback) {
        Optional<String> text = optional(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(key, "must be a positive whole number");
    }

    /**
     * A duration above zero ("500ms", "10s", "2m" or ISO-8601 such as "PT10S"), {@code fallback} (in the same
     * forms) when unset; a zero timeout would wait forever.
     *
     * @throws InvalidVolumeSettings {@code <prefix><key> must be a positive duration such as 10s, 500ms or PT1M}
     */
    public Duration duration(String key, String fallback) {
        return parseDuration(text(key, fallback))
                .filter(value -> !value.isZero() && !value.isNegative())
                .orElseThrow(() -> invalid(key, "must be a positive duration such as 10s, 500ms or PT1M"));
    }

    /** Reads "500ms", "10s", "2m" or ISO-8601 ("PT10S"); empty when the text is neither. */
    public static Optional<Duration> parseDuration(String text) {
        String stripped = text.strip();
        Matcher match = SHORT_DURATION.matcher(stripped);
        try {
            if (match.matches()) {
                long amount = Long.parseLong(match.group(1));
                return Optional.of(switch (match.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    default -> Duration.ofMinutes(amount);
                });
            }
            return Optional.of(Duration.parse(stripped));
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            // not a duration, or digits too many for one
            return Optional.empty();
        }
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
