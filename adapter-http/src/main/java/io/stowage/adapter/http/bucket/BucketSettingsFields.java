package io.stowage.adapter.http.bucket;

import io.micronaut.json.tree.JsonNode;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.value.ByteSize;
import java.util.List;
import java.util.Optional;

/**
 * Reads the bucket fields of create and update bodies: {@code policy} wins over the Supabase
 * {@code public} flag; {@code file_size_limit} is a number, a numeric or "1MB"-style string, or null.
 */
final class BucketSettingsFields {

    private final JsonFields fields;

    BucketSettingsFields(JsonFields fields) {
        this.fields = fields;
    }

    /** The new bucket's name: {@code id}, else {@code name} (the client sends both, equal). */
    BucketName name() {
        return new BucketName(fields.string("id").or(() -> fields.string("name"))
                .orElseThrow(() -> new InvalidRequest("'id' is required")));
    }

    /** Settings for a new bucket; anything not given takes the private, unlimited default. */
    BucketSettings forCreate() {
        return new BucketSettings(
                policy().orElse(BucketSettings.DEFAULT.policy()),
                fileSizeLimit().orElse(Optional.empty()),
                allowedMimeTypes().orElse(AllowedMimeTypes.ANY));
    }

    /** The volume named in the body; empty when absent or null. */
    Optional<VolumeName> volume() {
        return fields.string("volume").map(VolumeName::new);
    }

    /** Empty when neither {@code policy} nor {@code public} is given. */
    Optional<AccessPolicy> policy() {
        Optional<String> policy = fields.string("policy");
        if (policy.isPresent()) {
            return Optional.of(AccessPolicy.parse(policy.get()));
        }
        return fields.bool("public").map(isPublic -> isPublic ? AccessPolicy.PUBLIC : AccessPolicy.PRIVATE);
    }

    /** Empty when absent; present-but-empty when explicitly {@code null} (no limit). */
    Optional<Optional<ByteSize>> fileSizeLimit() {
        if (!fields.has("file_size_limit")) {
            return Optional.empty();
        }
        return Optional.of(fields.value("file_size_limit").map(BucketSettingsFields::size));
    }

    /** Empty when absent; {@code null} or [] lifts the restriction. */
    Optional<AllowedMimeTypes> allowedMimeTypes() {
        if (!fields.has("allowed_mime_types")) {
            return Optional.empty();
        }
        return Optional.of(AllowedMimeTypes.of(fields.strings("allowed_mime_types").orElse(List.of())));
    }

    private static ByteSize size(JsonNode node) {
        if (node.isString()) {
            return ByteSize.parse(node.getStringValue());
        }
        if (node.isNumber()) {
            double value = node.getDoubleValue();
            if (value != Math.rint(value) || value < 0 || value >= Long.MAX_VALUE) {
                throw new InvalidRequest("'file_size_limit' must be a whole number of bytes");
            }
            return ByteSize.ofBytes(node.getLongValue());
        }
        throw new InvalidRequest("'file_size_limit' must be a number, a size such as \"1MB\", or null");
    }
}
