package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.object.EntityTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads If-Match and If-None-Match: "*" or a comma-separated list of entity tags. A bare unquoted
 * value, which some S3 clients send, is taken as the strong tag it names.
 */
final class EntityTagList {

    private static final String WEAK = "W/";

    private EntityTagList() {
    }

    /**
     * For writes: a condition the client meant must never be dropped silently.
     *
     * @return the tags as on the wire (quoted, W/ kept); empty when the header is absent
     * @throws InvalidRequest when the header is malformed
     */
    static Optional<List<String>> parse(String name, @Nullable String header) {
        if (header == null) {
            return Optional.empty();
        }
        return Optional.of(tags(header).orElseThrow(() -> new InvalidRequest(name + " is not a list of entity tags")));
    }

    /** For reads, where RFC 9110 lets a server ignore what it cannot parse: empty when absent or malformed. */
    static Optional<List<String>> parseLenient(@Nullable String header) {
        return header == null ? Optional.empty() : tags(header);
    }

    private static Optional<List<String>> tags(String header) {
        if (header.strip().equals(EntityTags.ANY)) {
            return Optional.of(List.of(EntityTags.ANY));
        }
        List<String> tags = new ArrayList<>();
        for (String element : header.split(",")) {
            String tag = element.strip();
            if (tag.isEmpty()) {
                continue;
            }
            String opaque = tag.startsWith(WEAK) ? tag.substring(WEAK.length()) : tag;
            if (opaque.length() >= 2 && opaque.startsWith("\"") && opaque.indexOf('"', 1) == opaque.length() - 1) {
                tags.add(tag);
            } else if (!tag.startsWith(WEAK) && tag.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"')) {
                tags.add("\"" + tag + "\"");
            } else {
                return Optional.empty();
            }
        }
        return tags.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(tags));
    }
}
