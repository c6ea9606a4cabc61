package io.stowage.domain.bucket;

import io.stowage.domain.value.ByteSize;
import java.util.Objects;
import java.util.Optional;

/** The part of a bucket its owner may change: read policy, size limit and allowed media types. */
public record BucketSettings(AccessPolicy policy, Optional<ByteSize> fileSizeLimit, AllowedMimeTypes allowedMimeTypes) {

    public static final BucketSettings DEFAULT = new BucketSettings(AccessPolicy.PRIVATE, Optional.empty(), AllowedMimeTypes.ANY);

    public BucketSettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(fileSizeLimit, "fileSizeLimit");
        Objects.requireNonNull(allowedMimeTypes, "allowedMimeTypes");
    }
}
