package io.stowage.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.stowage.application.port.out.ResumableUpload;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.ContentType;
import java.time.Instant;
import java.util.Optional;

/** A row of the resumable_uploads table (V8), mapped by Micronaut Data; Flyway owns the table. */
@MappedEntity("resumable_uploads")
public record ResumableUploadRow(
        @Id String id,
        String ownerRole,
        @Nullable String ownerId,
        String bucketId,
        String name,
        String volume,
        String contentType,
        long length,
        long uploadOffset,
        boolean upsert,
        @Nullable String cacheControl,
        @Nullable String userMetadata,
        @TypeDef(type = DataType.TIMESTAMP) Instant createdAt,
        @TypeDef(type = DataType.TIMESTAMP) Instant expiresAt) {

    static ResumableUploadRow of(ResumableUpload upload) {
        return new ResumableUploadRow(upload.id(), upload.owner().role().claim(),
                upload.owner().user().map(UserId::value).orElse(null), upload.bucket().value(), upload.key().value(),
                upload.volume().value(), upload.contentType().value(), upload.length(), upload.offset(),
                upload.upsert(), upload.cacheControl().orElse(null), upload.userMetadata().orElse(null),
                Timestamps.exact(upload.createdAt()), Timestamps.exact(upload.expiresAt()));
    }

    ResumableUpload upload() {
        Principal owner = new Principal(Role.fromClaim(ownerRole), Optional.ofNullable(ownerId).map(UserId::new));
        return new ResumableUpload(id, owner, new BucketName(bucketId), new ObjectKey(name), new VolumeName(volume),
                new ContentType(contentType), length, uploadOffset, upsert, Optional.ofNullable(cacheControl),
                Optional.ofNullable(userMetadata), createdAt, expiresAt);
    }
}
