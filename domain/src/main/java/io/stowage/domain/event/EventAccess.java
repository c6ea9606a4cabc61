package io.stowage.domain.event;

import io.stowage.domain.access.AccessRules;
import io.stowage.domain.access.ObjectScope;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.identity.Principal;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may receive an event: whoever could read its object (or see its bucket, for a bucket event) under
 * the {@link AccessRules}, judged against the bucket as the event recorded it.
 */
public final class EventAccess {

    private EventAccess() {
    }

    public static boolean mayReceive(Principal caller, StorageEvent event) {
        Bucket bucket = bucketAsRecorded(event);
        if (event.type().isBucketEvent()) {
            return AccessRules.canSeeBucket(caller, bucket);
        }
        // the listing scope is the read rule stated for "any object of this bucket", so one decision per
        // event needs only the owner the event carries, not the whole object
        ObjectScope scope = AccessRules.listingScope(caller, bucket);
        return switch (scope.kind()) {
            case ALL -> true;
            case OWNED -> scope.owner().equals(event.owner());
            case NONE -> false;
        };
    }

    /** Only the name, policy and owner take part in read decisions; the rest is filler. */
    private static Bucket bucketAsRecorded(StorageEvent event) {
        BucketSettings settings = new BucketSettings(event.audience().policy(), Optional.empty(), AllowedMimeTypes.ANY);
        return new Bucket(event.bucket(), event.audience().bucketOwner(), settings, Instant.EPOCH, Instant.EPOCH);
    }
}
