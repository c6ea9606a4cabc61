package io.stowage.adapter.http.object;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.json.Timestamps;
import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.domain.object.StoredObject;

/**
 * One entry of a folder listing. A sub-folder has only a name; everything else is null, which is how
 * the client tells folders from files. Access times are not tracked, so last_accessed_at is updated_at.
 * {@code metadata} is the system metadata the client types as FileMetadata; the caller's custom
 * metadata is kept apart in {@code user_metadata} (as Supabase's newer listings name it), so that its
 * keys can never shadow eTag, size or mimetype.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ListEntryJson(
        String name,
        @Nullable String id,
        @JsonProperty("updated_at") @Nullable String updatedAt,
        @JsonProperty("created_at") @Nullable String createdAt,
        @JsonProperty("last_accessed_at") @Nullable String lastAccessedAt,
        @Nullable FileMetadataJson metadata,
        @JsonProperty("user_metadata") @Nullable JsonNode userMetadata) {

    static ListEntryJson of(ObjectListEntry entry, UserMetadata userMetadata) {
        if (entry.isFolder()) {
            return new ListEntryJson(entry.name(), null, null, null, null, null, null);
        }
        StoredObject object = entry.object().orElseThrow();
        return new ListEntryJson(
                entry.name(),
                object.id().toString(),
                Timestamps.iso(object.updatedAt()),
                Timestamps.iso(object.createdAt()),
                Timestamps.iso(object.updatedAt()),
                FileMetadataJson.of(object),
                object.userMetadata().map(userMetadata::toJson).orElse(null));
    }
}
