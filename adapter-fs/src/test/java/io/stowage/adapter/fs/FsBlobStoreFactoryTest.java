package io.stowage.adapter.fs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.DependencyCheck;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.VersionId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Micronaut wiring: a filesystem blob store under {@code <data-dir>/blobs}, unless another backend is chosen. */
class FsBlobStoreFactoryTest {

    @TempDir
    Path dataDir;

    @Test
    void theDefaultBackendStoresBlobsUnderTheDataDir() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("stowage.data-dir", dataDir.toString()))) {
            BlobStore store = context.getBean(BlobStore.class);
            BlobLocation location = new BlobLocation(new BucketName("avatars"), VersionId.random());

            store.put(location, new GeneratedBytes(1, 10), 10);

            assertInstanceOf(FsBlobStore.class, store);
            assertTrue(Files.isDirectory(dataDir.resolve("blobs/.tmp")));
            assertTrue(Files.isRegularFile(dataDir.resolve("blobs/avatars")
                    .resolve(location.version().toString().substring(0, 2)).resolve(location.version().toString())));
        }
    }

    @Test
    void theDataDirCheckIsRegisteredByNameAndPasses() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("stowage.data-dir", dataDir.toString()))) {
            DependencyCheck check = context.getBean(DependencyCheck.class, Qualifiers.byName("data-dir"));

            assertEquals("data-dir", check.name());
            assertDoesNotThrow(check::check);
        }
    }

    @Test
    void anotherBackendLeavesTheFilesystemAlone() {
        try (ApplicationContext context = ApplicationContext.run(
                Map.of("stowage.data-dir", dataDir.toString(), "stowage.backend", "s3"))) {
            assertFalse(context.containsBean(BlobStore.class));
            assertFalse(context.containsBean(DependencyCheck.class));
            assertFalse(Files.exists(dataDir.resolve("blobs")));
        }
    }
}
