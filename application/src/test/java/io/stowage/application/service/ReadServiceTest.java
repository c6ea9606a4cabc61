package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.ANON;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.SERVICE;
import static io.stowage.application.service.ServiceHarness.blobOf;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.port.in.DownloadObject;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.ObjectNotFound;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Metadata and downloads: an object the caller may not read answers exactly like a missing one. */
class ReadServiceTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName privateBucket = h.bucket("private-docs", AccessPolicy.PRIVATE);
    private final BucketName authBucket = h.bucket("members", AccessPolicy.AUTHENTICATED);
    private final BucketName publicBucket = h.bucket("site", AccessPolicy.PUBLIC);

    private static String read(DownloadObject.Result result, long offset, long length) throws Exception {
        try (BlobContent content = result.content(); InputStream stream = content.stream(offset, length)) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theOwnerFindsAndDownloadsAPrivateObject() throws Exception {
        StoredObject stored = h.upload(ALICE, privateBucket, "dir/a.txt", "hello world");

        assertEquals(stored, h.reads.findObject(ALICE, privateBucket, key("dir/a.txt")));
        DownloadObject.Result result = h.reads.download(ALICE, privateBucket, key("dir/a.txt"));
        assertEquals(stored, result.object());
        assertEquals(11, result.content().size());
        assertEquals("hello world", read(result, 0, 11));
    }

    @Test
    void aDownloadStreamsAnyRange() throws Exception {
        h.upload(ALICE, publicBucket, "a.txt", "0123456789");
        assertEquals("345", read(h.reads.download(ANON, publicBucket, key("a.txt")), 3, 3));
    }

    @Test
    void readersFollowTheBucketPolicy() {
        StoredObject publicObject = h.upload(ALICE, publicBucket, "p.txt", "p");
        StoredObject memberObject = h.upload(ALICE, authBucket, "m.txt", "m");
        assertEquals(publicObject, h.reads.findObject(ANON, publicBucket, key("p.txt")));
        assertEquals(memberObject, h.reads.findObject(BOB, authBucket, key("m.txt")));
        assertEquals(memberObject, h.reads.findObject(SERVICE, authBucket, key("m.txt")));
        assertThrows(ObjectNotFound.class, () -> h.reads.findObject(ANON, authBucket, key("m.txt")));
    }

    @Test
    void anObjectOwnerReadsItInSomeoneElsesPrivateBucket() {
        StoredObject bobs = h.upload(BOB, privateBucket, "bob.txt", "mine");
        assertEquals(bobs, h.reads.findObject(BOB, privateBucket, key("bob.txt")));
        assertThrows(ObjectNotFound.class, () -> h.reads.findObject(ANON, privateBucket, key("bob.txt")));
    }

    @Test
    void anUnreadableObjectAnswersExactlyLikeAMissingOne() {
        h.upload(ALICE, privateBucket, "secret.txt", "s3cr3t");
        // armed but never consumed: an unreadable object must not even reach the blob store
        h.blobs.failNextOpen(new IllegalStateException("the blob store must not be asked"));

        for (Principal stranger : new Principal[] {ANON, BOB}) {
            ObjectNotFound unreadable = refusal(() -> h.reads.download(stranger, privateBucket, key("secret.txt")));
            ObjectNotFound missing = refusal(() -> h.reads.download(stranger, privateBucket, key("nothing.txt")));
            assertSameAnswer(missing, unreadable);
            assertSameAnswer(refusal(() -> h.reads.findObject(stranger, privateBucket, key("nothing.txt"))),
                    refusal(() -> h.reads.findObject(stranger, privateBucket, key("secret.txt"))));
        }
        assertThrows(IllegalStateException.class, () -> h.blobs.open(blobOf(h.rows().get(0))),
                "the open switch was still armed, so no download reached the blob store");
    }

    @Test
    void aMissingBucketIsBucketNotFound() {
        assertThrows(BucketNotFound.class, () -> h.reads.download(ALICE, new BucketName("nowhere"), key("a")));
        assertThrows(BucketNotFound.class, () -> h.reads.findObject(ALICE, new BucketName("nowhere"), key("a")));
    }

    @Test
    void aBlobReplacedWhileOpeningIsLookedUpAgain() throws Exception {
        StoredObject stored = h.upload(ALICE, publicBucket, "a.txt", "current");
        h.blobs.failNextOpen(new BlobMissing(blobOf(stored)));
        assertEquals("current", read(h.reads.download(ANON, publicBucket, key("a.txt")), 0, 7));
    }

    @Test
    void aRowWithoutItsBlobAnswersAsMissing() {
        StoredObject orphanRow = new StoredObject(UUID.randomUUID(), publicBucket, key("ghost.txt"), VersionId.random(),
                1, ContentType.OCTET_STREAM, new Checksum("0".repeat(64)), Optional.empty(), Optional.empty(),
                Optional.empty(), ServiceHarness.T0, ServiceHarness.T0);
        h.objects.commit(orphanRow, WriteCondition.absent());
        assertThrows(ObjectNotFound.class, () -> h.reads.download(ANON, publicBucket, key("ghost.txt")));
    }

    @Test
    void aBlobStoreFailureOtherThanMissingPropagates() {
        h.upload(ALICE, publicBucket, "a.txt", "x");
        IllegalStateException broken = new IllegalStateException("io error");
        h.blobs.failNextOpen(broken);
        assertSame(broken, assertThrows(IllegalStateException.class,
                () -> h.reads.download(ANON, publicBucket, key("a.txt"))));
    }

    private static ObjectNotFound refusal(Executable call) {
        return assertThrows(ObjectNotFound.class, call);
    }

    private static void assertSameAnswer(StorageException expected, StorageException actual) {
        assertEquals(expected.getClass(), actual.getClass());
        assertEquals(expected.code(), actual.code());
        assertEquals(expected.getMessage(), actual.getMessage());
        assertEquals(expected.getCause(), actual.getCause());
    }
}
