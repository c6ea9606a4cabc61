package io.stowage.application.port.out;

import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.object.StoredObject;
import java.util.Objects;
import java.util.Optional;

/** A bucket and whatever object its path holds, read together so that a read costs one round trip. */
public record ObjectInBucket(Bucket bucket, Optional<StoredObject> object) {

    public ObjectInBucket {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(object, "object");
    }
}
