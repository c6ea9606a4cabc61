package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import java.util.List;
import java.util.Optional;

/**
 * Signs download URLs bound to an object's current version; only a caller who may read the object
 * can sign it, and any other caller is told the object is missing.
 */
public interface SignObjectUrl {

    /** One path of a batch: its URL, or why there is none (missing, unreadable, invalid). */
    record PathOutcome(String path, Optional<SignedUrl> signed, Optional<String> error) {
    }

    /** @param expiresInSeconds how long the URL works; must lie between 1 and the configured maximum */
    SignedUrl sign(Principal caller, BucketName bucket, ObjectKey key, long expiresInSeconds);

    /** Signs each path on its own: one that cannot be signed does not fail the others. */
    List<PathOutcome> signMany(Principal caller, BucketName bucket, List<String> paths, long expiresInSeconds);
}
