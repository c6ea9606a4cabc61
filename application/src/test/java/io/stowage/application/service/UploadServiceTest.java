package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.ALICE_ID;
import static io.stowage.application.service.ServiceHarness.ANON;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.BOB_ID;
import static io.stowage.application.service.ServiceHarness.GLOBAL_LIMIT;
import static io.stowage.application.service.ServiceHarness.SERVICE;
import static io.stowage.application.service.ServiceHarness.T0;
import static io.stowage.application.service.ServiceHarness.blobOf;
import static io.stowage.application.service.ServiceHarness.body;
import static io.stowage.application.service.ServiceHarness.command;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.testing.UnreadableStream;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.ObjectAlreadyExists;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.error.UnsupportedMimeType;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ByteSize;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Uploads: the happy paths and every refusal that must come before the first byte is read. */
class UploadServiceTest {

    private final ServiceHarness h = new ServiceHarness();

    private static Checksum sha256(String text) throws Exception {
        return Checksum.ofDigest(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void storesTheBlobAndCommitsTheRow() throws Exception {
        BucketName bucket = h.bucket("docs", AccessPolicy.PRIVATE);

        StoredObject stored = h.upload(ALICE, bucket, "dir/hello.txt", "hello");

        assertEquals(bucket, stored.bucket());
        assertEquals(key("dir/hello.txt"), stored.key());
        assertEquals(5, stored.size());
        assertEquals(sha256("hello"), stored.checksum());
        assertEquals(Optional.of(ALICE_ID), stored.owner());
        assertEquals(new ContentType("text/plain"), stored.contentType());
        assertEquals(Optional.of("max-age=3600"), stored.cacheControl());
        assertEquals(Optional.of("{\"a\":1}"), stored.userMetadata());
        assertEquals(T0, stored.createdAt());
        assertEquals(T0, stored.updatedAt());
        assertEquals(Optional.of(stored), h.objects.find(bucket, key("dir/hello.txt")));
        assertEquals("hello", h.textOf(stored));
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void anotherSignedInUserMayCreateANewPathAndOwnsIt() {
        BucketName bucket = h.bucket("shared", AccessPolicy.PUBLIC);
        StoredObject stored = h.upload(BOB, bucket, "bob.txt", "mine");
        assertEquals(Optional.of(BOB_ID), stored.owner());
    }

    @Test
    void aDeclaredLengthOverTheBucketLimitIsRefusedBeforeAnyByteIsRead() {
        BucketName bucket = h.bucket("small", AccessPolicy.PRIVATE, Optional.of(ByteSize.ofBytes(10)), AllowedMimeTypes.ANY);
        PayloadTooLarge refused = assertThrows(PayloadTooLarge.class, () -> h.uploads.upload(
                command(ALICE, bucket, "big.bin", new UnreadableStream(), OptionalLong.of(11), false)));
        assertEquals(10, refused.limitBytes());
        assertNothingStored();
    }

    @Test
    void aDeclaredLengthOverTheGlobalLimitIsRefusedBeforeAnyByteIsRead() {
        BucketName bucket = h.bucket("roomy", AccessPolicy.PRIVATE, Optional.of(ByteSize.ofBytes(5000)), AllowedMimeTypes.ANY);
        PayloadTooLarge refused = assertThrows(PayloadTooLarge.class, () -> h.uploads.upload(
                command(ALICE, bucket, "big.bin", new UnreadableStream(), OptionalLong.of(GLOBAL_LIMIT.bytes() + 1), false)));
        assertEquals(GLOBAL_LIMIT.bytes(), refused.limitBytes());
        assertNothingStored();
    }

    @Test
    void aDeclaredLengthAtTheLimitIsAccepted() {
        BucketName bucket = h.bucket("small", AccessPolicy.PRIVATE, Optional.of(ByteSize.ofBytes(5)), AllowedMimeTypes.ANY);
        StoredObject stored = h.uploads.upload(command(ALICE, bucket, "five.txt", body("12345"), OptionalLong.of(5), false)).object();
        assertEquals(5, stored.size());
    }

    @Test
    void anUndeclaredBodyOverTheLimitIsStoppedWhileStreamingAndKeepsNothing() {
        BucketName bucket = h.bucket("small", AccessPolicy.PRIVATE, Optional.of(ByteSize.ofBytes(4)), AllowedMimeTypes.ANY);
        PayloadTooLarge refused = assertThrows(PayloadTooLarge.class, () -> h.upload(ALICE, bucket, "a.txt", "12345"));
        assertEquals(4, refused.limitBytes());
        assertNothingStored();
    }

    @Test
    void aMimeTypeTheBucketDoesNotAllowIsRefusedBeforeAnyByteIsRead() {
        BucketName bucket = h.bucket("images", AccessPolicy.PRIVATE, Optional.empty(),
                AllowedMimeTypes.of(List.of("image/*")));
        assertThrows(UnsupportedMimeType.class, () -> h.uploads.upload(
                command(ALICE, bucket, "a.txt", new UnreadableStream(), OptionalLong.empty(), false)));
        assertNothingStored();
    }

    @Test
    void anAnonymousCallerIsRefusedBeforeAnyByteIsRead() {
        BucketName bucket = h.bucket("open", AccessPolicy.PUBLIC);
        assertThrows(AccessDenied.class, () -> h.uploads.upload(
                command(ANON, bucket, "a.txt", new UnreadableStream(), OptionalLong.empty(), false)));
        assertNothingStored();
    }

    @Test
    void aMissingBucketIsRefusedBeforeAnyByteIsRead() {
        assertThrows(BucketNotFound.class, () -> h.uploads.upload(
                command(ALICE, new BucketName("nowhere"), "a.txt", new UnreadableStream(), OptionalLong.empty(), false)));
        assertNothingStored();
    }

    @Test
    void anExistingPathWithoutUpsertIsAConflictAndKeepsTheOriginal() {
        BucketName bucket = h.bucket("docs", AccessPolicy.PRIVATE);
        StoredObject original = h.upload(ALICE, bucket, "a.txt", "first");

        assertThrows(ObjectAlreadyExists.class, () -> h.uploads.upload(
                command(ALICE, bucket, "a.txt", new UnreadableStream(), OptionalLong.empty(), false)));

        assertEquals(Optional.of(original), h.objects.find(bucket, key("a.txt")));
        assertEquals("first", h.textOf(original));
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void upsertReplacesKeepsIdAndCreationTimeAndDeletesTheSupersededBlob() {
        BucketName bucket = h.bucket("docs", AccessPolicy.PRIVATE);
        StoredObject original = h.upload(ALICE, bucket, "a.txt", "first");
        h.clock.advance(Duration.ofMinutes(5));

        StoredObject replaced = h.upsert(ALICE, bucket, "a.txt", "second!");

        assertEquals(original.id(), replaced.id());
        assertEquals(T0, replaced.createdAt());
        assertEquals(T0.plus(Duration.ofMinutes(5)), replaced.updatedAt());
        assertNotEquals(original.version(), replaced.version());
        assertEquals(7, replaced.size());
        assertEquals(Optional.of(replaced), h.objects.find(bucket, key("a.txt")));
        assertEquals("second!", h.textOf(replaced));
        assertFalse(h.blobs.contains(blobOf(original)), "the superseded blob must be deleted");
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void upsertOfANewPathSimplyCreatesIt() {
        BucketName bucket = h.bucket("docs", AccessPolicy.PRIVATE);
        StoredObject created = h.upsert(ALICE, bucket, "new.txt", "x");
        assertEquals(T0, created.createdAt());
        assertEquals(1, h.objects.objectCount());
    }

    @Test
    void upsertOverSomeoneElsesObjectIsDeniedBeforeAnyByteIsRead() {
        BucketName bucket = h.bucket("shared", AccessPolicy.PUBLIC);
        StoredObject alices = h.upload(ALICE, bucket, "a.txt", "alice's");

        assertThrows(AccessDenied.class, () -> h.uploads.upload(
                command(BOB, bucket, "a.txt", new UnreadableStream(), OptionalLong.empty(), true)));

        assertEquals(Optional.of(alices), h.objects.find(bucket, key("a.txt")));
        assertEquals(1, h.blobs.blobCount());
    }

    @Test
    void theBucketOwnerMayReplaceAnotherUsersObjectAndBecomesItsOwner() {
        BucketName bucket = h.bucket("shared", AccessPolicy.PUBLIC);
        StoredObject bobs = h.upload(BOB, bucket, "b.txt", "bob's");
        StoredObject replaced = h.upsert(ALICE, bucket, "b.txt", "alice's now");
        assertEquals(bobs.id(), replaced.id());
        assertEquals(Optional.of(ALICE_ID), replaced.owner());
    }

    @Test
    void theServiceRoleWithoutASubjectKeepsThePreviousOwner() {
        BucketName bucket = h.bucket("docs", AccessPolicy.PRIVATE);
        h.upload(BOB, bucket, "b.txt", "bob's");
        StoredObject replaced = h.upsert(SERVICE, bucket, "b.txt", "patched");
        assertEquals(Optional.of(BOB_ID), replaced.owner());
        StoredObject fresh = h.upload(SERVICE, bucket, "system.txt", "ownerless");
        assertTrue(fresh.owner().isEmpty());
    }

    private void assertNothingStored() {
        assertEquals(0, h.blobs.blobCount(), "no blob may be kept");
        assertEquals(0, h.objects.objectCount(), "no row may be kept");
    }
}
