package io.stowage.bootstrap;

import io.micronaut.context.env.Environment;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.InvalidRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which volumes the configuration defines. The named form, {@code stowage.volumes.<name>.driver} plus
 * that driver's settings and {@code stowage.default-volume}, wins; without it the simple form defines
 * one volume, {@code default}: {@code stowage.backend=fs} (blobs under the data dir) or {@code s3} (the
 * {@code stowage.s3.*} settings).
 */
record VolumeConfiguration(List<Entry> volumes, VolumeName defaultVolume) {

    /** One volume to open: its name, its driver's name and its settings. */
    record Entry(VolumeName name, String driver, VolumeSettings settings) {
    }

    static final String VOLUMES = "stowage.volumes";
    static final String DEFAULT_VOLUME = "stowage.default-volume";
    static final String BACKEND = "stowage.backend";

    private static final Pattern DRIVER_KEY = Pattern.compile("^([a-z0-9][a-z0-9_-]*)\\.driver$");

    static VolumeConfiguration from(Environment env, Path dataDir) {
        Map<String, Object> named = env.getProperties(VOLUMES);
        return named.isEmpty() ? simpleForm(env, dataDir) : namedForm(env, named);
    }

    private static VolumeConfiguration simpleForm(Environment env, Path dataDir) {
        String backend = text(env, BACKEND).orElse("fs");
        VolumeSettings settings = switch (backend) {
            case "fs" -> new VolumeSettings(VolumeName.DEFAULT, "stowage.", Map.of("root",
                    dataDir.resolve("blobs").toString()));
            case "s3" -> new VolumeSettings(VolumeName.DEFAULT, "stowage.s3.", strings(env.getProperties("stowage.s3")));
            default -> throw new StartupFailure("STOWAGE_BACKEND must be fs or s3, not '" + backend + "'");
        };
        return new VolumeConfiguration(List.of(new Entry(VolumeName.DEFAULT, backend, settings)), VolumeName.DEFAULT);
    }

    private static VolumeConfiguration namedForm(Environment env, Map<String, Object> properties) {
        TreeSet<String> names = new TreeSet<>();
        for (String key : properties.keySet()) {
            Matcher match = DRIVER_KEY.matcher(key);
            if (match.matches()) {
                names.add(match.group(1));
            }
        }
        if (names.isEmpty()) {
            throw new StartupFailure(VOLUMES + " is set but no volume has a driver: set "
                    + VOLUMES + ".<name>.driver to fs or s3");
        }
        List<Entry> volumes = new ArrayList<>();
        for (String name : names) {
            VolumeName volume = volumeName(name, VOLUMES + "." + name);
            String prefix = VOLUMES + "." + name + ".";
            Map<String, String> values = new HashMap<>();
            properties.forEach((key, value) -> {
                if (key.startsWith(name + ".") && value != null) {
                    values.put(key.substring(name.length() + 1), String.valueOf(value));
                }
            });
            volumes.add(new Entry(volume, values.get("driver").strip(), new VolumeSettings(volume, prefix, values)));
        }
        Optional<String> chosen = text(env, DEFAULT_VOLUME);
        if (chosen.isEmpty() && volumes.size() > 1) {
            throw new StartupFailure(DEFAULT_VOLUME + " must name one of the volumes " + names);
        }
        VolumeName defaultVolume = chosen.map(text -> volumeName(text, DEFAULT_VOLUME)).orElse(volumes.get(0).name());
        if (volumes.stream().noneMatch(entry -> entry.name().equals(defaultVolume))) {
            throw new StartupFailure(DEFAULT_VOLUME + " is '" + defaultVolume + "', which is not one of the volumes "
                    + names);
        }
        return new VolumeConfiguration(volumes, defaultVolume);
    }

    private static VolumeName volumeName(String text, String setting) {
        try {
            return new VolumeName(text);
        } catch (InvalidRequest e) {
            throw new StartupFailure(setting + ": " + e.getMessage());
        }
    }

    private static Map<String, String> strings(Map<String, Object> properties) {
        Map<String, String> values = new HashMap<>();
        properties.forEach((key, value) -> {
            if (value != null) {
                values.put(key, String.valueOf(value));
            }
        });
        return values;
    }

    private static Optional<String> text(Environment env, String name) {
        return env.getProperty(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
