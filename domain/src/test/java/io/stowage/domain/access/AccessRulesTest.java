package io.stowage.domain.access;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every decision for each caller against each bucket policy: the bucket and its object belong to user A. */
class AccessRulesTest {

    private static final UserId A = new UserId("user-a");
    private static final UserId B = new UserId("user-b");
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    static Principal caller(String name) {
        return switch (name) {
            case "anon" -> Principal.anonymous();
            case "A" -> Principal.authenticated(A);
            case "B" -> Principal.authenticated(B);
            case "service" -> Principal.serviceRole(Optional.empty());
            case "serviceAsB" -> Principal.serviceRole(Optional.of(B));
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Bucket bucket(AccessPolicy policy, Optional<UserId> owner) {
        return Bucket.create(new BucketName("b1"), owner,
                new BucketSettings(policy, Optional.empty(), AllowedMimeTypes.ANY), T0);
    }

    static StoredObject object(Optional<UserId> owner) {
        return new StoredObject(UUID.randomUUID(), new BucketName("b1"), new ObjectKey("dir/file.txt"),
                VersionId.random(), 3, ContentType.OCTET_STREAM, new Checksum("0".repeat(64)), owner,
                Optional.empty(), Optional.empty(), T0, T0);
    }

    static ObjectScope scope(String name) {
        return switch (name) {
            case "ALL" -> ObjectScope.all();
            case "NONE" -> ObjectScope.none();
            case "OWNED_B" -> ObjectScope.ownedBy(B);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} on {1}: see={2} read={3} create={4} replace={5} delete={6} manage={7} scope={8}")
    @CsvSource({
        // caller,    policy,        see,   read,  create, replace, delete, manage, listing
        "anon,        PUBLIC,        true,  true,  false,  false,   false,  false,  ALL",
        "anon,        AUTHENTICATED, false, false, false,  false,   false,  false,  NONE",
        "anon,        PRIVATE,       false, false, false,  false,   false,  false,  NONE",
        "A,           PUBLIC,        true,  true,  true,   true,    true,   true,   ALL",
        "A,           AUTHENTICATED, true,  true,  true,   true,    true,   true,   ALL",
        "A,           PRIVATE,       true,  true,  true,   true,    true,   true,   ALL",
        "B,           PUBLIC,        true,  true,  true,   false,   false,  false,  ALL",
        "B,           AUTHENTICATED, true,  true,  true,   false,   false,  false,  ALL",
        "B,           PRIVATE,       false, false, true,   false,   false,  false,  OWNED_B",
        "service,     PUBLIC,        true,  true,  true,   true,    true,   true,   ALL",
        "service,     AUTHENTICATED, true,  true,  true,   true,    true,   true,   ALL",
        "service,     PRIVATE,       true,  true,  true,   true,    true,   true,   ALL",
        "serviceAsB,  PRIVATE,       true,  true,  true,   true,    true,   true,   ALL",
    })
    void decidesForAnObjectOwnedByTheBucketOwner(String callerName, AccessPolicy policy, boolean see, boolean read,
            boolean create, boolean replace, boolean delete, boolean manage, String listing) {
        Principal who = caller(callerName);
        Bucket bucket = bucket(policy, Optional.of(A));
        StoredObject object = object(Optional.of(A));
        assertAll(
                () -> assertEquals(see, AccessRules.canSeeBucket(who, bucket), "see bucket"),
                () -> assertEquals(read, AccessRules.canReadObject(who, bucket, object), "read"),
                () -> assertEquals(create, AccessRules.canCreateObject(who, bucket), "create"),
                () -> assertEquals(replace, AccessRules.canReplaceObject(who, bucket, object), "replace"),
                () -> assertEquals(delete, AccessRules.canDeleteObject(who, bucket, object), "delete"),
                () -> assertEquals(manage, AccessRules.canManageBucket(who, bucket), "manage"),
                () -> assertEquals(scope(listing), AccessRules.listingScope(who, bucket), "listing scope"));
    }

    @ParameterizedTest(name = "{0} on {1} with B's object: read={2} replace={3} delete={4}")
    @CsvSource({
        // caller, policy,       read,  replace, delete
        "anon,     PUBLIC,        true,  false,   false",
        "anon,     PRIVATE,       false, false,   false",
        "A,        PRIVATE,       true,  true,    true",
        "A,        AUTHENTICATED, true,  true,    true",
        "B,        PRIVATE,       true,  true,    true",
        "B,        PUBLIC,        true,  true,    true",
        "service,  PRIVATE,       true,  true,    true",
    })
    void theObjectOwnerAndTheBucketOwnerBothControlAnObject(String callerName, AccessPolicy policy, boolean read,
            boolean replace, boolean delete) {
        Principal who = caller(callerName);
        Bucket bucket = bucket(policy, Optional.of(A));
        StoredObject objectOfB = object(Optional.of(B));
        assertAll(
                () -> assertEquals(read, AccessRules.canReadObject(who, bucket, objectOfB), "read"),
                () -> assertEquals(replace, AccessRules.canReplaceObject(who, bucket, objectOfB), "replace"),
                () -> assertEquals(delete, AccessRules.canDeleteObject(who, bucket, objectOfB), "delete"));
    }

    @Test
    void anOwnerlessBucketIsManagedOnlyByTheServiceRole() {
        Bucket ownerless = bucket(AccessPolicy.PRIVATE, Optional.empty());
        StoredObject ownerlessObject = object(Optional.empty());
        assertFalse(AccessRules.canManageBucket(caller("A"), ownerless));
        assertFalse(AccessRules.canSeeBucket(caller("A"), ownerless));
        assertFalse(AccessRules.canReadObject(caller("A"), ownerless, ownerlessObject));
        assertFalse(AccessRules.canDeleteObject(caller("A"), ownerless, ownerlessObject));
        assertEquals(ObjectScope.ownedBy(A), AccessRules.listingScope(caller("A"), ownerless));
        assertTrue(AccessRules.canManageBucket(caller("service"), ownerless));
        assertTrue(AccessRules.canDeleteObject(caller("service"), ownerless, ownerlessObject));
    }

    @Test
    void anyoneSignedInMayCreateABucketButNotAnAnonymousCaller() {
        assertFalse(AccessRules.canCreateBucket(caller("anon")));
        assertTrue(AccessRules.canCreateBucket(caller("A")));
        assertTrue(AccessRules.canCreateBucket(caller("B")));
        assertTrue(AccessRules.canCreateBucket(caller("service")));
    }

    @Test
    void theBucketListingScopeMatchesTheCaller() {
        assertEquals(new BucketScope(false, false, Optional.empty()), AccessRules.bucketScope(caller("anon")));
        assertEquals(new BucketScope(false, true, Optional.of(A)), AccessRules.bucketScope(caller("A")));
        assertEquals(BucketScope.everything(), AccessRules.bucketScope(caller("service")));
        assertEquals(BucketScope.everything(), AccessRules.bucketScope(caller("serviceAsB")));
        assertTrue(BucketScope.everything().all());
    }

    @Test
    void anAnonTokenCarryingTheOwnersSubjectGainsNothing() {
        Principal anonClaimingA = new Principal(io.stowage.domain.identity.Role.ANON, Optional.of(A));
        Bucket bucket = bucket(AccessPolicy.PRIVATE, Optional.of(A));
        StoredObject object = object(Optional.of(A));
        assertFalse(AccessRules.canReadObject(anonClaimingA, bucket, object));
        assertFalse(AccessRules.canManageBucket(anonClaimingA, bucket));
        assertEquals(ObjectScope.none(), AccessRules.listingScope(anonClaimingA, bucket));
    }
}
