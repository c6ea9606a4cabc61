package io.stowage.domain.share;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import java.time.Instant;

/**
 * What a signed URL's token grants: one kind of access (its type is the scope) to exactly one object
 * path, from {@link #issuedAt()} until {@link #expiresAt()}.
 */
public sealed interface ShareGrant permits SignedDownload, SignedUpload, SignedRender {

    BucketName bucket();

    ObjectKey key();

    Instant issuedAt();

    Instant expiresAt();

    /** True when the grant names exactly this bucket and key. */
    default boolean addresses(BucketName otherBucket, ObjectKey otherKey) {
        return bucket().equals(otherBucket) && key().equals(otherKey);
    }

    /** True once the expiry has been reached: a grant is valid strictly before it. */
    default boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt());
    }
}
