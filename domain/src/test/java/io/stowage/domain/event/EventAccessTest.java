package io.stowage.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bucket belongs to A, the object to O; each caller against each policy, for object and bucket events. */
class EventAccessTest {

    private static final UserId A = new UserId("user-a");
    private static final UserId O = new UserId("user-o");
    private static final UserId B = new UserId("user-b");

    private static Principal caller(String name) {
        return switch (name) {
            case "anon" -> Principal.anonymous();
            case "A" -> Principal.authenticated(A);
            case "O" -> Principal.authenticated(O);
            case "B" -> Principal.authenticated(B);
            case "service" -> Principal.serviceRole(Optional.empty());
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static StorageEvent event(EventType type, AccessPolicy policy) {
        boolean bucketEvent = type.isBucketEvent();
        return new StorageEvent(7, type, new BucketName("photos"),
                bucketEvent ? Optional.empty() : Optional.of(new ObjectKey("a/b.png")),
                Optional.of(bucketEvent ? A : O), bucketEvent ? OptionalLong.empty() : OptionalLong.of(3),
                bucketEvent ? Optional.empty() : Optional.of(VersionId.random()), Instant.EPOCH,
                new EventAudience(policy, Optional.of(A)));
    }

    @ParameterizedTest(name = "{0} on a {1} bucket: object event {2}, bucket event {3}")
    @CsvSource({
        "anon,    PUBLIC,        true,  true",
        "anon,    AUTHENTICATED, false, false",
        "anon,    PRIVATE,       false, false",
        "B,       PUBLIC,        true,  true",
        "B,       AUTHENTICATED, true,  true",
        "B,       PRIVATE,       false, false",
        "O,       PRIVATE,       true,  false",
        "A,       PRIVATE,       true,  true",
        "service, PRIVATE,       true,  true",
    })
    void followsTheReadRules(String who, AccessPolicy policy, boolean objectEvent, boolean bucketEvent) {
        assertEquals(objectEvent, EventAccess.mayReceive(caller(who), event(EventType.OBJECT_DELETED, policy)));
        assertEquals(bucketEvent, EventAccess.mayReceive(caller(who), event(EventType.BUCKET_CREATED, policy)));
    }
}
