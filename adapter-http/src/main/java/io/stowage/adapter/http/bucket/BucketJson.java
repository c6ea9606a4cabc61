package io.stowage.adapter.http.bucket;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.json.Timestamps;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.value.ByteSize;
import java.util.List;

/** A bucket as the Supabase client reads it, plus the volume its objects live on. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record BucketJson(
        String id,
        String name,
        @Nullable String owner,
        @JsonProperty("public") boolean isPublic,
        String policy,
        @JsonProperty("file_size_limit") @Nullable Long fileSizeLimit,
        @JsonProperty("allowed_mime_types") @Nullable List<String> allowedMimeTypes,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        String volume) {

    static BucketJson of(Bucket bucket) {
        var settings = bucket.settings();
        return new BucketJson(
                bucket.name().value(),
                bucket.name().value(),
                bucket.owner().map(UserId::value).orElse(null),
                settings.policy().isPublic(),
                settings.policy().wireName(),
                settings.fileSizeLimit().map(ByteSize::bytes).orElse(null),
                settings.allowedMimeTypes().isUnrestricted() ? null : settings.allowedMimeTypes().values(),
                Timestamps.iso(bucket.createdAt()),
                Timestamps.iso(bucket.updatedAt()),
                bucket.volume().value());
    }
}
