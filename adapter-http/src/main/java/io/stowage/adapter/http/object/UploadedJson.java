package io.stowage.adapter.http.object;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.json.Timestamps;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.StoredObject;

/** The answer to an upload: Supabase's {"Id","Key"} plus the stored object's own fields. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record UploadedJson(
        @JsonProperty("Id") String upperId,
        @JsonProperty("Key") String upperKey,
        String id,
        String bucket,
        String path,
        long size,
        @JsonProperty("content_type") String contentType,
        @JsonProperty("owner_id") @Nullable String ownerId,
        @JsonProperty("checksum_sha256") String checksumSha256,
        @JsonProperty("created_at") String createdAt) {

    static UploadedJson of(StoredObject object) {
        String id = object.id().toString();
        return new UploadedJson(
                id,
                object.bucket().value() + "/" + object.key().value(),
                id,
                object.bucket().value(),
                object.key().value(),
                object.size(),
                object.contentType().value(),
                object.owner().map(UserId::value).orElse(null),
                object.checksum().sha256Hex(),
                Timestamps.iso(object.createdAt()));
    }
}
