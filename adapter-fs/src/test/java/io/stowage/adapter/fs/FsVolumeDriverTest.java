package io.stowage.adapter.fs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.value.VersionId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening fs volumes: a directory per volume, probed for durable writes, settings named when wrong. */
class FsVolumeDriverTest {

    private static final VolumeName LOCAL = new VolumeName("local");

    @TempDir
    Path dir;

    private OpenedVolume open(Map<String, String> values) {
        return new FsVolumeDriver().open(LOCAL, new VolumeSettings(LOCAL, "stowage.volumes.local.", values));
    }

    @Test
    void aVolumeKeepsItsBlobsUnderItsRoot() {
        Path root = dir.resolve("thumbs");
        OpenedVolume volume = open(Map.of("root", root.toString()));
        BlobLocation location = new BlobLocation(LOCAL, new BucketName("avatars"), VersionId.random());

        volume.store().put(location, new GeneratedBytes(1, 10), 10);

        assertTrue(Files.isDirectory(root.resolve(".tmp")));
        assertTrue(Files.isRegularFile(root.resolve("avatars")
                .resolve(location.version().toString().substring(0, 2)).resolve(location.version().toString())));
        assertDoesNotThrow(volume.probe()::check);
    }

    @Test
    void theProbeFailsOnceTheVolumeCannotBeWritten() throws Exception {
        Path root = dir.resolve("vanishing");
        OpenedVolume volume = open(Map.of("root", root.toString()));
        Files.delete(root.resolve(".tmp"));

        assertThrows(Exception.class, volume.probe()::check);
    }

    @Test
    void aMissingRootIsNamed() {
        VolumeSettings.InvalidVolumeSettings failure = assertThrows(VolumeSettings.InvalidVolumeSettings.class,
                () -> open(Map.of()));
        assertEquals("stowage.volumes.local.root must be set", failure.getMessage());
    }

    @Test
    void aRootThatIsAFileCannotBeOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertThrows(RuntimeException.class, () -> open(Map.of("root", file.toString())));
    }
}
