package io.stowage.adapter.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.VersionId;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading blob files: the file opened at open() keeps serving even once the blob is deleted. */
class FsBlobContentTest {

    private static final long SIZE = 5L * 1024 * 1024;

    @TempDir
    Path root;

    private FsBlobStore store;
    private BlobLocation location;

    @BeforeEach
    void storeABlob() {
        store = new FsBlobStore(root);
        location = new BlobLocation(new BucketName("videos"), VersionId.random());
        store.put(location, new GeneratedBytes(9, SIZE), SIZE);
    }

    @Test
    void aReaderWhoOpenedTheBlobKeepsReadingCorrectBytesAfterItIsDeleted() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (BlobContent content = store.open(location); InputStream stream = content.stream(0, SIZE)) {
            byte[] firstMebibyte = stream.readNBytes(1024 * 1024);
            sha256.update(firstMebibyte);

            store.delete(location);
            assertFalse(store.exists(location));

            sha256.update(stream.readAllBytes());
            assertEquals(GeneratedBytes.sha256(9, SIZE), Checksum.ofDigest(sha256.digest()));
            try (InputStream later = content.stream(SIZE - 10, 10)) {
                assertArrayEquals(GeneratedBytes.slice(9, SIZE - 10, 10), later.readAllBytes());
            }
        }
    }

    @Test
    void theLocalFileIsOfferedOnlyWhileTheBlobIsInPlace() {
        try (BlobContent content = store.open(location)) {
            File file = content.localFile().orElseThrow();
            assertEquals(SIZE, file.length());

            store.delete(location);

            assertTrue(content.localFile().isEmpty());
        }
    }

    @Test
    void aRangeOutsideTheBlobIsRefused() {
        try (BlobContent content = store.open(location)) {
            assertThrows(IllegalArgumentException.class, () -> content.stream(SIZE, 1));
            assertThrows(IllegalArgumentException.class, () -> content.stream(-1, 2));
            assertThrows(IllegalArgumentException.class, () -> content.stream(10, Long.MAX_VALUE));
        }
    }

    @Test
    void closingTheContentReleasesTheFile() throws IOException {
        BlobContent content = store.open(location);
        InputStream stream = content.stream(0, SIZE);

        content.close();

        assertThrows(IOException.class, stream::read);
        assertThrows(IOException.class, () -> content.stream(0, 1));
    }

    @Test
    void skippingMovesWithinTheRangeOnly() throws IOException {
        try (BlobContent content = store.open(location); InputStream stream = content.stream(100, 1000)) {
            assertEquals(500, stream.skip(500));
            assertEquals(GeneratedBytes.byteAt(9, 600) & 0xff, stream.read());
            assertEquals(499, stream.skip(10_000));
            assertEquals(-1, stream.read());
        }
    }
}
