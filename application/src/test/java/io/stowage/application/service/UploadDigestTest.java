package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.body;
import static io.stowage.application.service.ServiceHarness.command;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.BadDigest;
import io.stowage.domain.error.ErrorCode;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ContentDigest;
import io.stowage.domain.value.ContentDigest.Algorithm;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Client checksums: a body that matches is stored; one that does not leaves neither blob nor row. */
class UploadDigestTest {

    // MD5 and SHA-256 of "hello", base64 as the headers carry them
    private static final ContentDigest MD5_HELLO = ContentDigest.fromBase64(Algorithm.MD5, "XUFAKrxLKna5cZ2REBfFkg==");
    private static final ContentDigest SHA256_HELLO = ContentDigest.fromBase64(Algorithm.SHA_256,
            "LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=");

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName bucket = h.bucket("docs", AccessPolicy.PUBLIC);

    private StoredObject upload(String key, String text, List<ContentDigest> digests) {
        return h.uploads.upload(command(ALICE, bucket, key, body(text), OptionalLong.empty(), true,
                ObjectPrecondition.none(), digests)).object();
    }

    @Test
    void matchingDigestsAreAccepted() {
        StoredObject stored = upload("a.txt", "hello", List.of(MD5_HELLO, SHA256_HELLO));
        assertEquals("hello", h.textOf(stored));
    }

    @Test
    void aWrongMd5KeepsNothing() {
        BadDigest error = assertThrows(BadDigest.class, () -> upload("a.txt", "hellO", List.of(MD5_HELLO)));
        assertEquals(ErrorCode.BAD_DIGEST, error.code());
        assertEquals(0, h.blobs.blobCount());
        assertEquals(0, h.objects.objectCount());
    }

    @Test
    void aWrongSha256KeepsNothing() {
        assertThrows(BadDigest.class, () -> upload("a.txt", "hello!", List.of(SHA256_HELLO)));
        assertEquals(0, h.blobs.blobCount());
        assertEquals(0, h.objects.objectCount());
    }

    @Test
    void oneWrongDigestOfTwoIsEnoughToRefuse() {
        assertThrows(BadDigest.class, () -> upload("a.txt", "hello", List.of(MD5_HELLO,
                ContentDigest.fromBase64(Algorithm.SHA_256, "A".repeat(43) + "="))));
        assertEquals(0, h.blobs.blobCount());
    }

    @Test
    void aWrongDigestOnAnOverwriteKeepsTheCurrentVersion() {
        StoredObject current = upload("a.txt", "hello", List.of());

        assertThrows(BadDigest.class, () -> upload("a.txt", "goodbye", List.of(SHA256_HELLO)));

        assertEquals(Optional.of(current), h.objects.find(bucket, key("a.txt")));
        assertEquals("hello", h.textOf(current));
        assertEquals(1, h.blobs.blobCount());
    }
}
