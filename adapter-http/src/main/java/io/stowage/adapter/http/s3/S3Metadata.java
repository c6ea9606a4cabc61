package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * x-amz-meta-* headers as the object's custom metadata: a flat JSON object of lower-case names to
 * strings, the same metadata the REST API stores and shows; on reads its string fields come back as
 * x-amz-meta-* headers.
 */
@Singleton
final class S3Metadata {

    static final String PREFIX = "x-amz-meta-";
    private static final int MAX_BYTES = 2048;

    private final JsonMapper json;

    S3Metadata(JsonMapper json) {
        this.json = json;
    }

    Optional<String> fromHeaders(HttpHeaders headers) {
        Map<String, String> fields = new LinkedHashMap<>();
        int bytes = 0;
        for (String name : headers.names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(PREFIX) && lower.length() > PREFIX.length()) {
                String value = String.join(",", headers.getAll(name));
                fields.put(lower.substring(PREFIX.length()), value);
                bytes += lower.length() + value.length();
            }
        }
        if (bytes > MAX_BYTES) {
            throw new S3Failure(io.micronaut.http.HttpStatus.BAD_REQUEST, "MetadataTooLarge",
                    "Your metadata headers exceed the maximum allowed metadata size.");
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.writeValueAsString(fields));
        } catch (IOException e) {
            throw new IllegalStateException("could not write metadata as JSON", e);
        }
    }

    void toHeaders(Optional<String> stored, MutableHttpHeaders headers) {
        if (stored.isEmpty()) {
            return;
        }
        try {
            JsonNode node = json.readValue(stored.get(), JsonNode.class);
            if (node == null || !node.isObject()) {
                return;
            }
            for (Map.Entry<String, JsonNode> field : node.entries()) {
                if (field.getValue().isString() && isHeaderSafe(field.getKey()) && isHeaderSafe(field.getValue().getStringValue())) {
                    headers.set(PREFIX + field.getKey(), field.getValue().getStringValue());
                }
            }
        } catch (IOException e) {
            // metadata that is not JSON (never written so) simply has no S3 form
        }
    }

    private static boolean isHeaderSafe(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
