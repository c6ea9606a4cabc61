package io.stowage.adapter.fs;

import io.stowage.application.port.out.DependencyCheck;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Proves the blob volume takes durable writes: creates, flushes and deletes a small probe file, the same
 * steps an upload needs. A full or read-only volume fails here before it fails an upload.
 */
final class DataDirCheck implements DependencyCheck {

    static final String NAME = "data-dir";

    private final Path directory;

    DataDirCheck(Path directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void check() throws IOException {
        Path probe = Files.createTempFile(directory, "probe-", ".part");
        try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap("probe".getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        } finally {
            Files.deleteIfExists(probe);
        }
    }
}
