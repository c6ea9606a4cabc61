package io.stowage.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.value.ByteSize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A row of the buckets table (V1, volume from V3), mapped by Micronaut Data; Flyway owns the table. */
@MappedEntity("buckets")
public record BucketRow(
        @Id String id,
        @Nullable String owner,
        String policy,
        @Nullable Long fileSizeLimit,
        @TypeDef(type = DataType.STRING_ARRAY) String[] allowedMimeTypes,
        @TypeDef(type = DataType.TIMESTAMP) Instant createdAt,
        @TypeDef(type = DataType.TIMESTAMP) Instant updatedAt,
        String volume) {

    /** The columns, for the hand-written statements that read rows through JdbcOperations. */
    static final String COLUMNS = "id, owner, policy, file_size_limit, allowed_mime_types, created_at, updated_at, volume";

    static BucketRow of(Bucket bucket) {
        BucketSettings settings = bucket.settings();
        return new BucketRow(bucket.name().value(), bucket.owner().map(UserId::value).orElse(null),
                settings.policy().wireName(), settings.fileSizeLimit().map(ByteSize::bytes).orElse(null),
                mimeTypes(settings), Timestamps.exact(bucket.createdAt()), Timestamps.exact(bucket.updatedAt()),
                bucket.volume().value());
    }

    static String[] mimeTypes(BucketSettings settings) {
        return settings.allowedMimeTypes().values().toArray(new String[0]);
    }

    Bucket bucket() {
        BucketSettings settings = new BucketSettings(AccessPolicy.parse(policy),
                Optional.ofNullable(fileSizeLimit).map(ByteSize::ofBytes), AllowedMimeTypes.of(List.of(allowedMimeTypes)));
        return new Bucket(new BucketName(id), Optional.ofNullable(owner).map(UserId::new), settings,
                new VolumeName(volume), createdAt, updatedAt);
    }
}
