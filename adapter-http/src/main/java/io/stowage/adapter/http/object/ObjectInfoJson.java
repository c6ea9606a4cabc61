package io.stowage.adapter.http.object;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.json.Timestamps;
import io.stowage.domain.object.StoredObject;

/**
 * The answer of /object/info: one object's details as the client's FileObjectV2, where
 * {@code metadata} is the caller's custom metadata (null when none was stored) and {@code name} is the
 * full key within the bucket. {@code content_encoding} (beyond FileObjectV2) is the Content-Encoding the
 * uploader declared, null when none: the stored bytes are the encoded ones.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ObjectInfoJson(
        String id,
        String name,
        String version,
        @JsonProperty("bucket_id") String bucketId,
        long size,
        @JsonProperty("content_type") String contentType,
        @JsonProperty("cache_control") String cacheControl,
        @Nullable @JsonProperty("content_encoding") String contentEncoding,
        String etag,
        @Nullable JsonNode metadata,
        @JsonProperty("last_modified") String lastModified,
        @JsonProperty("created_at") String createdAt) {

    static ObjectInfoJson of(StoredObject object, UserMetadata userMetadata) {
        return new ObjectInfoJson(
                object.id().toString(),
                object.key().value(),
                object.version().toString(),
                object.bucket().value(),
                object.size(),
                object.contentType().value(),
                object.cacheControl().orElse(DownloadHeaders.DEFAULT_CACHE_CONTROL),
                object.contentEncoding().orElse(null),
                object.etag(),
                object.userMetadata().map(userMetadata::toJson).orElse(null),
                Timestamps.iso(object.updatedAt()),
                Timestamps.iso(object.createdAt()));
    }
}
