package io.stowage.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.UploadPart;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.value.VersionId;
import java.util.UUID;

/** A row of the resumable_parts table (V8): one staged chunk's blob. */
@MappedEntity("resumable_parts")
public record ResumablePartRow(@Id UUID version, String uploadId, String volume, String blobBucketId,
        long partOffset, long size) {

    static ResumablePartRow of(String uploadId, UploadPart part) {
        BlobLocation location = part.location();
        return new ResumablePartRow(location.version().value(), uploadId, location.volume().value(),
                location.bucket().value(), part.offset(), part.size());
    }

    UploadPart part() {
        return new UploadPart(new BlobLocation(new VolumeName(volume), new BucketName(blobBucketId),
                new VersionId(version)), partOffset, size);
    }
}
