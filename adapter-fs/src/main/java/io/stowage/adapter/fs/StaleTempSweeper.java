package io.stowage.adapter.fs;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes temp files left behind by writers that crashed mid-upload. Only files older than a day go: a
 * younger one may belong to an upload still running in another process sharing the directory.
 */
final class StaleTempSweeper {

    static final Duration STALE_AFTER = Duration.ofDays(1);

    private static final System.Logger LOG = System.getLogger(StaleTempSweeper.class.getName());

    private StaleTempSweeper() {
    }

    /** Best effort: a file that cannot be removed now will be tried again at the next start. */
    static int sweep(Path tempDirectory, Clock clock) {
        Instant cutoff = clock.instant().minus(STALE_AFTER);
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(tempDirectory)) {
            for (Path entry : entries) {
                if (removeIfStale(entry, cutoff)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not list stale blob temp files", e);
        }
        return removed;
    }

    private static boolean removeIfStale(Path entry, Instant cutoff) {
        try {
            if (Files.isRegularFile(entry) && Files.getLastModifiedTime(entry).toInstant().isBefore(cutoff)) {
                return Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove a stale blob temp file", e);
        }
        return false;
    }
}
