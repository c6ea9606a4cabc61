package io.stowage.adapter.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A put writes under a temp name made of its version, so that what a writer killed mid-upload left can be
 * found and removed from its upload intent alone; and a full disk is told apart from other failures.
 */
class PartialWriteTest {

    @TempDir
    Path root;

    @Test
    void aPutInProgressWritesToATempFileNamedByItsVersion() {
        FsBlobStore store = new FsBlobStore(root);
        BlobLocation location = new BlobLocation(new BucketName("docs"), VersionId.random());
        Path temp = root.resolve(".tmp").resolve(location.version() + ".part");
        boolean[] seen = new boolean[1];
        InputStream observing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() {
                if (left == 50_000) {
                    seen[0] = Files.isRegularFile(temp);
                }
                return left-- > 0 ? 7 : -1;
            }
        };

        store.put(location, observing, 1_000_000);

        assertTrue(seen[0], "the partial write sat at " + temp);
        assertFalse(Files.exists(temp), "published: the temp name is gone");
    }

    @Test
    void discardingPartialsRemovesOnlyThatVersionsTempFile() throws IOException {
        FsBlobStore store = new FsBlobStore(root);
        BlobLocation dead = new BlobLocation(new BucketName("docs"), VersionId.random());
        BlobLocation other = new BlobLocation(new BucketName("docs"), VersionId.random());
        Path deadTemp = Files.writeString(root.resolve(".tmp").resolve(dead.version() + ".part"), "half");
        Path otherTemp = Files.writeString(root.resolve(".tmp").resolve(other.version() + ".part"), "running");

        store.discardPartial(dead);

        assertFalse(Files.exists(deadTemp));
        assertTrue(Files.exists(otherTemp), "another upload's partial write is not touched");
        assertEquals(List.of(otherTemp), FsTestFiles.tempFiles(root));
    }

    @Test
    void aFullDiskIsToldApartFromOtherFailures() {
        assertTrue(FsBlobStore.outOfSpace(new IOException("No space left on device")));
        assertTrue(FsBlobStore.outOfSpace(new IOException("Disk quota exceeded")));
        assertFalse(FsBlobStore.outOfSpace(new IOException("Input/output error")));
        assertFalse(FsBlobStore.outOfSpace(new IOException()));
    }
}
