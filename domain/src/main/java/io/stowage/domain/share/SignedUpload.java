package io.stowage.domain.share;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import java.time.Instant;
import java.util.Objects;

/**
 * Write access to one path on behalf of the user who signed it: the upload runs with the signer's
 * rights (and makes the signer the owner), replacing an existing object only when {@code upsert}.
 */
public record SignedUpload(BucketName bucket, ObjectKey key, Principal signer, boolean upsert, Instant issuedAt,
        Instant expiresAt) implements ShareGrant {

    public SignedUpload {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(signer, "signer");
        ShareWindow.check(issuedAt, expiresAt);
    }
}
