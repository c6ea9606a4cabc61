package io.stowage.adapter.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.VersionId;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk layout: built from bucket and version only, so no user key ever becomes a path. */
class FsBlobLayoutTest {

    @TempDir
    Path root;

    @Test
    void aBlobLivesUnderBucketThenVersionPrefixThenVersion() throws Exception {
        FsBlobStore store = new FsBlobStore(root);
        VersionId version = new VersionId(UUID.fromString("3f2a0c1e-9d7b-4c55-8a21-6b0e4f1d2c3a"));
        // the object behind this blob might be called "../../etc/passwd"; the store never learns that
        store.put(new BlobLocation(new BucketName("avatars"), version), new GeneratedBytes(1, 1000), 1000);

        assertEquals(List.of(
                Path.of(".tmp"),
                Path.of("avatars"),
                Path.of("avatars", "3f"),
                Path.of("avatars", "3f", "3f2a0c1e-9d7b-4c55-8a21-6b0e4f1d2c3a")),
                FsTestFiles.everything(root));
    }

    @Test
    void versionsOfOneBucketFanOutByTheirFirstTwoCharacters() {
        BlobLayout layout = new BlobLayout(root);
        VersionId version = new VersionId(UUID.fromString("ab000000-0000-4000-8000-000000000000"));

        Path file = layout.blobFile(new BlobLocation(new BucketName("docs"), version));

        assertEquals(root.resolve("docs/ab/ab000000-0000-4000-8000-000000000000"), file);
    }
}
