package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.body;
import static io.stowage.application.service.ServiceHarness.command;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.testing.UnreadableStream;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.PreconditionFailed;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.object.StoredObject;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Conditional uploads: If-Match replaces only the named version, If-None-Match: * only creates. */
class UploadPreconditionTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName bucket = h.bucket("docs", AccessPolicy.PUBLIC);

    private static ObjectPrecondition ifMatch(String etag) {
        return new ObjectPrecondition(Optional.of(List.of(etag)), Optional.empty());
    }

    private static final ObjectPrecondition CREATE_ONLY = new ObjectPrecondition(Optional.empty(), Optional.of(List.of("*")));

    private StoredObject upload(String key, InputStream content, boolean upsert, ObjectPrecondition precondition) {
        return h.uploads.upload(command(ALICE, bucket, key, content, OptionalLong.empty(), upsert, precondition, List.of()))
                .object();
    }

    @Test
    void ifMatchWithTheCurrentEtagReplacesEvenWithoutUpsert() {
        StoredObject first = h.upload(ALICE, bucket, "a.txt", "one");

        StoredObject second = upload("a.txt", body("two"), false, ifMatch(first.etag()));

        assertEquals(first.id(), second.id());
        assertEquals("two", h.textOf(second));
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void ifMatchWithAnotherEtagIsRefusedBeforeAnyByteIsRead() {
        StoredObject first = h.upload(ALICE, bucket, "a.txt", "one");

        assertThrows(PreconditionFailed.class, () -> upload("a.txt", new UnreadableStream(), true, ifMatch("\"stale\"")));

        assertEquals(Optional.of(first), h.objects.find(bucket, key("a.txt")));
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void ifMatchOnAMissingPathFails() {
        assertThrows(PreconditionFailed.class, () -> upload("new.txt", new UnreadableStream(), true, ifMatch("*")));
        assertEquals(0, h.objects.objectCount());
    }

    @Test
    void ifNoneMatchAnyCreatesButNeverReplaces() {
        StoredObject created = upload("a.txt", body("one"), true, CREATE_ONLY);
        assertEquals("one", h.textOf(created));

        assertThrows(PreconditionFailed.class, () -> upload("a.txt", new UnreadableStream(), true, CREATE_ONLY));
        assertEquals(Optional.of(created), h.objects.find(bucket, key("a.txt")));
    }

    @Test
    void theEtagIsComparedOnlyAfterTheAccessCheck() {
        StoredObject first = h.upload(ALICE, bucket, "a.txt", "one");

        assertThrows(AccessDenied.class, () -> h.uploads.upload(command(BOB, bucket, "a.txt", new UnreadableStream(),
                OptionalLong.empty(), true, ifMatch("\"wrong guess\""), List.of())));
        assertThrows(AccessDenied.class, () -> h.uploads.upload(command(BOB, bucket, "a.txt", new UnreadableStream(),
                OptionalLong.empty(), true, ifMatch(first.etag()), List.of())));
    }

    @Test
    void aWriteThatRacedInIsCheckedAgainstTheIfMatchOnRetryAndItsBlobIsDropped() {
        StoredObject first = h.upload(ALICE, bucket, "a.txt", "one");
        StoredObject[] winner = new StoredObject[1];
        h.objects.beforeNextCommit(() -> winner[0] = h.upsert(ALICE, bucket, "a.txt", "concurrent"));

        assertThrows(PreconditionFailed.class, () -> upload("a.txt", body("mine"), false, ifMatch(first.etag())));

        assertEquals(Optional.of(winner[0]), h.objects.find(bucket, key("a.txt")));
        assertEquals(1, h.blobs.blobCount(), "only the winner's blob remains");
    }

    @Test
    void aCreateOnlyUploadThatLostTheRaceIsAPreconditionFailure() {
        h.objects.beforeNextCommit(() -> h.upload(BOB, bucket, "a.txt", "bob was first"));

        assertThrows(PreconditionFailed.class, () -> upload("a.txt", body("alice"), true, CREATE_ONLY));

        assertEquals("bob was first", h.textOf(h.objects.find(bucket, key("a.txt")).orElseThrow()));
        assertEquals(1, h.blobs.blobCount());
    }
}
