package io.stowage.application.port.out;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Which volume settings are secrets (sealed at rest, never shown) and how they are shown: {@code "***"}. */
public final class VolumeSecrets {

    /** The setting names that hold a secret, whatever the driver. */
    public static final Set<String> KEYS = Set.of("secret-key", "password", "private-key", "passphrase", "token");

    public static final String MASK = "***";

    private VolumeSecrets() {
    }

    public static boolean isSecret(String key) {
        return KEYS.contains(key);
    }

    /** The settings with every secret's value replaced by {@link #MASK}, sorted by name. */
    public static Map<String, String> masked(Map<String, String> settings) {
        Map<String, String> shown = new TreeMap<>();
        settings.forEach((key, value) -> shown.put(key, isSecret(key) ? MASK : value));
        return shown;
    }
}
