package io.stowage.adapter.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.testing.BreaksAfter;
import io.stowage.application.testing.CountingInputStream;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the filesystem store fails: each failure keeps no blob and no temp file, and names no path. */
class FsBlobStoreFailureTest {

    private static final BucketName BUCKET = new BucketName("avatars");

    @TempDir
    Path root;

    private FsBlobStore store;
    private BlobLocation location;

    @BeforeEach
    void createStore() {
        store = new FsBlobStore(root);
        location = new BlobLocation(BUCKET, VersionId.random());
    }

    @Test
    void anOversizedUploadIsReadNoFurtherThanOneBytePastTheLimit() throws IOException {
        CountingInputStream source = new CountingInputStream(new GeneratedBytes(1, 10 * 1024 * 1024));

        assertThrows(PayloadTooLarge.class, () -> store.put(location, source, 100_000));

        assertEquals(100_001, source.count());
        assertLeftNothing();
    }

    @Test
    void theLargestLimitDoesNotOverflow() {
        assertEquals(5, store.put(location, new GeneratedBytes(1, 5), Long.MAX_VALUE).size());
    }

    @Test
    void aBrokenUploadBecomesAnInvalidRequestCarryingTheCause() throws IOException {
        IOException reset = new IOException("connection reset");

        InvalidRequest refused = assertThrows(InvalidRequest.class,
                () -> store.put(location, new BreaksAfter(new GeneratedBytes(2, 1_000_000), 200_000, reset), 10_000_000));

        assertEquals("the upload body could not be read completely", refused.getMessage());
        assertEquals(reset, refused.getCause());
        assertLeftNothing();
    }

    @Test
    void aDiskThatRefusesTheBlobIsUnavailableWithoutNamingAPath() throws IOException {
        // a plain file where the bucket's directory belongs: the write gets as far as publishing, then fails
        Files.writeString(root.resolve(BUCKET.value()), "in the way");

        StorageUnavailable failure = assertThrows(StorageUnavailable.class,
                () -> store.put(location, new GeneratedBytes(3, 300_000), 10_000_000));

        assertEquals(FsBlobStore.UNAVAILABLE, failure.getMessage());
        assertInstanceOf(IOException.class, failure.getCause());
        assertLeftNothing();
    }

    @Test
    void aRootThatCannotBeCreatedIsUnavailableWithoutNamingAPath() throws IOException {
        Path notADirectory = Files.writeString(root.resolve("occupied"), "a file, not a directory");

        StorageUnavailable failure = assertThrows(StorageUnavailable.class, () -> new FsBlobStore(notADirectory));

        assertEquals(FsBlobStore.UNAVAILABLE, failure.getMessage());
    }

    @Test
    void aTempDirectoryThatVanishedMakesPutsUnavailable() throws IOException {
        Files.delete(root.resolve(BlobLayout.TEMP_DIRECTORY));
        Files.writeString(root.resolve(BlobLayout.TEMP_DIRECTORY), "in the way");

        StorageUnavailable failure = assertThrows(StorageUnavailable.class,
                () -> store.put(location, new GeneratedBytes(4, 10), 100));

        assertFalse(failure.getMessage().contains(root.toString()));
        assertFalse(store.exists(location));
    }

    private void assertLeftNothing() throws IOException {
        assertFalse(store.exists(location));
        assertEquals(List.of(), FsTestFiles.tempFiles(root));
    }
}
