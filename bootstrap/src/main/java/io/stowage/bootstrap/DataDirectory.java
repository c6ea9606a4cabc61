package io.stowage.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes sure the data directory exists and can be written before anything relies on it. */
final class DataDirectory {

    private DataDirectory() {
    }

    static Path prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new StartupFailure("STOWAGE_DATA_DIR " + dir + " is not a writable directory (" + reason(e) + ")");
        }
    }

    static String reason(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
