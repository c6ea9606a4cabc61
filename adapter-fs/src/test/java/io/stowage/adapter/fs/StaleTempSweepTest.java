package io.stowage.adapter.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temp files orphaned by a crash are swept when the store starts; younger ones may still be in use. */
class StaleTempSweepTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path root;

    @Test
    void startingTheStoreRemovesTempFilesOlderThanADayOnly() throws Exception {
        Path temp = Files.createDirectories(root.resolve(BlobLayout.TEMP_DIRECTORY));
        Path crashed = aged(temp.resolve("upload-crashed.part"), Duration.ofDays(3));
        Path justOverADay = aged(temp.resolve("upload-yesterday.part"), Duration.ofHours(25));
        Path running = aged(temp.resolve("upload-running.part"), Duration.ofMinutes(5));

        new FsBlobStore(root, Clock.fixed(NOW, ZoneOffset.UTC));

        assertFalse(Files.exists(crashed));
        assertFalse(Files.exists(justOverADay));
        assertTrue(Files.exists(running));
    }

    @Test
    void theSweepCountsWhatItRemovedAndLeavesDirectoriesAlone() throws Exception {
        Path temp = Files.createDirectories(root.resolve("temp"));
        aged(temp.resolve("old.part"), Duration.ofDays(2));
        Path directory = Files.createDirectory(temp.resolve("someone-elses"));
        Files.setLastModifiedTime(directory, FileTime.from(NOW.minus(Duration.ofDays(9))));

        assertEquals(1, StaleTempSweeper.sweep(temp, Clock.fixed(NOW, ZoneOffset.UTC)));
        assertTrue(Files.isDirectory(directory));
    }

    private static Path aged(Path file, Duration age) throws Exception {
        Files.writeString(file, "partial upload");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }
}
