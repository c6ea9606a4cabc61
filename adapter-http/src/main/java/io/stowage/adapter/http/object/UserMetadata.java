package io.stowage.adapter.http.object;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.value.StorableText;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** Checks a client's custom object metadata: a JSON object, given as text or as base64 of it. */
@Singleton
final class UserMetadata {

    static final int MAX_BYTES = 64 * 1024;

    private final JsonMapper json;

    UserMetadata(JsonMapper json) {
        this.json = json;
    }

    /** The {@code x-metadata} header: base64 of a JSON object. */
    Optional<String> fromBase64(String header) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("x-metadata must be base64 of a JSON object");
        }
        return Optional.of(fromJson(new String(decoded, StandardCharsets.UTF_8)));
    }

    /** Stored metadata as a JSON tree to embed in an answer; it was checked to be an object when stored. */
    JsonNode toJson(String stored) {
        try {
            return json.readValue(stored, JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored metadata is not JSON", e);
        }
    }

    /** The multipart {@code metadata} field: a JSON object as text. */
    String fromJson(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidRequest("metadata is larger than " + MAX_BYTES + " bytes");
        }
        try {
            JsonNode node = json.readValue(text, JsonNode.class);
            if (node == null || !node.isObject()) {
                throw new InvalidRequest("metadata must be a JSON object");
            }
            // the parser turns "\u0000" and a lone "\ud800" into Java text without complaint; the database would not
            requireStorable(node);
            return json.writeValueAsString(node);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequest invalid) {
                throw invalid;
            }
            throw new InvalidRequest("metadata must be a JSON object");
        }
    }

    /** Every key and string value, at any depth, is text the database can hold. */
    private static void requireStorable(JsonNode node) {
        if (node.isString()) {
            checked(node.getStringValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                checked(entry.getKey());
                requireStorable(entry.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode value : node.values()) {
                requireStorable(value);
            }
        }
    }

    private static void checked(String text) {
        if (!StorableText.isStorable(text)) {
            throw new InvalidRequest("metadata must not contain NUL characters or unpaired surrogates");
        }
    }
}
