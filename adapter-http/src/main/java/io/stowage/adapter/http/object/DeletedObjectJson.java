package io.stowage.adapter.http.object;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.json.Timestamps;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.StoredObject;

/** One object a bulk delete removed, as the Supabase server reports it (name is the full path). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record DeletedObjectJson(
        String name,
        @JsonProperty("bucket_id") String bucketId,
        String id,
        @Nullable String owner,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("last_accessed_at") String lastAccessedAt,
        FileMetadataJson metadata) {

    static DeletedObjectJson of(StoredObject object) {
        return new DeletedObjectJson(
                object.key().value(),
                object.bucket().value(),
                object.id().toString(),
                object.owner().map(UserId::value).orElse(null),
                Timestamps.iso(object.createdAt()),
                Timestamps.iso(object.updatedAt()),
                Timestamps.iso(object.updatedAt()),
                FileMetadataJson.of(object));
    }
}
