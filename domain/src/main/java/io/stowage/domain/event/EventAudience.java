package io.stowage.domain.event;

import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.identity.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * The bucket's read policy and owner as they were when the event happened, recorded with it so that
 * who may receive the event can still be decided once the bucket is gone (a bucket's own deletion).
 */
public record EventAudience(AccessPolicy policy, Optional<UserId> bucketOwner) {

    public EventAudience {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(bucketOwner, "bucketOwner");
    }
}
