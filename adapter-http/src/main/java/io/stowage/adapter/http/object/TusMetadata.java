package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.stowage.domain.error.InvalidRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The tus {@code Upload-Metadata} header: comma-separated pairs of a key and an optional base64 value. */
final class TusMetadata {

    private static final int MAX_LENGTH = 128 * 1024;

    private final Map<String, String> values;

    private TusMetadata(Map<String, String> values) {
        this.values = values;
    }

    static TusMetadata parse(@Nullable String header) {
        Map<String, String> values = new HashMap<>();
        if (header == null || header.isBlank()) {
            return new TusMetadata(values);
        }
        if (header.length() > MAX_LENGTH) {
            throw new InvalidRequest("Upload-Metadata is longer than " + MAX_LENGTH + " characters");
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.strip().split(" ", -1);
            if (parts.length > 2 || parts[0].isEmpty()) {
                throw new InvalidRequest("Upload-Metadata must be comma-separated 'key base64value' pairs");
            }
            String value = "";
            if (parts.length == 2) {
                try {
                    value = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequest("Upload-Metadata value of " + parts[0] + " is not base64");
                }
            }
            if (values.put(parts[0], value) != null) {
                throw new InvalidRequest("Upload-Metadata names " + parts[0] + " twice");
            }
        }
        return new TusMetadata(values);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    String required(String key) {
        return get(key).filter(value -> !value.isEmpty())
                .orElseThrow(() -> new InvalidRequest("Upload-Metadata must name " + key));
    }
}
