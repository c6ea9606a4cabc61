package io.stowage.domain.access;

import io.stowage.domain.identity.UserId;
import java.util.Optional;

/**
 * Which buckets a caller may see in a listing: every bucket (service role), or the public ones,
 * the authenticated ones when signed in, and the ones the user owns.
 */
public record BucketScope(boolean all, boolean authenticated, Optional<UserId> user) {

    public static BucketScope everything() {
        return new BucketScope(true, true, Optional.empty());
    }
}
