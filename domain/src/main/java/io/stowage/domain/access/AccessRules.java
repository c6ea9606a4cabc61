package io.stowage.domain.access;

import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.StoredObject;

/**
 * Every access decision Stowage makes. The service role bypasses all of them. Reads follow the bucket's
 * policy (public: anyone; authenticated: any signed-in caller; private: the object's or the bucket's
 * owner); writes to a new path need a signed-in caller; overwrites and deletes need the object's or
 * the bucket's owner; bucket management needs the bucket's owner.
 */
public final class AccessRules {

    private AccessRules() {
    }

    public static boolean canCreateBucket(Principal caller) {
        return caller.isAuthenticated();
    }

    public static boolean canSeeBucket(Principal caller, Bucket bucket) {
        return caller.isServiceRole() || policyGrantsRead(caller, bucket) || ownsBucket(caller, bucket);
    }

    public static boolean canManageBucket(Principal caller, Bucket bucket) {
        return caller.isServiceRole() || ownsBucket(caller, bucket);
    }

    public static boolean canReadObject(Principal caller, Bucket bucket, StoredObject object) {
        return caller.isServiceRole()
                || policyGrantsRead(caller, bucket)
                || ownsBucket(caller, bucket)
                || caller.is(object.owner());
    }

    public static boolean canCreateObject(Principal caller, Bucket bucket) {
        return caller.isAuthenticated();
    }

    public static boolean canReplaceObject(Principal caller, Bucket bucket, StoredObject existing) {
        return caller.isServiceRole() || ownsBucket(caller, bucket) || caller.is(existing.owner());
    }

    public static boolean canDeleteObject(Principal caller, Bucket bucket, StoredObject existing) {
        return canReplaceObject(caller, bucket, existing);
    }

    /** The listing filter matching {@link #canReadObject} for every object of the bucket. */
    public static ObjectScope listingScope(Principal caller, Bucket bucket) {
        if (caller.isServiceRole() || policyGrantsRead(caller, bucket) || ownsBucket(caller, bucket)) {
            return ObjectScope.all();
        }
        return caller.user().map(ObjectScope::ownedBy).orElseGet(ObjectScope::none);
    }

    /** The bucket listing filter matching {@link #canSeeBucket}. */
    public static BucketScope bucketScope(Principal caller) {
        if (caller.isServiceRole()) {
            return BucketScope.everything();
        }
        return new BucketScope(false, caller.isAuthenticated(), caller.user());
    }

    private static boolean policyGrantsRead(Principal caller, Bucket bucket) {
        return switch (bucket.policy()) {
            case PUBLIC -> true;
            case AUTHENTICATED -> caller.isAuthenticated();
            case PRIVATE -> false;
        };
    }

    private static boolean ownsBucket(Principal caller, Bucket bucket) {
        return caller.is(bucket.owner());
    }
}
