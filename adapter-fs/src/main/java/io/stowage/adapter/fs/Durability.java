package io.stowage.adapter.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;

/** The fsync steps that make a file, and the directory entries that name it, survive a power loss. */
final class Durability {

    private Durability() {
    }

    /**
     * Flushes a directory, so that entries created, renamed or removed in it are on disk. On Linux a
     * directory can be opened for reading and forced; that is the only way to persist a rename.
     */
    static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /**
     * Creates {@code directory} and its missing ancestors up to {@code root}, flushing the parent of each
     * directory it creates: a new directory whose own name was never flushed could vanish in a crash,
     * taking the blob renamed into it along.
     */
    static void createDirectories(Path root, Path directory) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path dir = directory; dir != null && !dir.equals(root) && !Files.isDirectory(dir); dir = dir.getParent()) {
            missing.push(dir);
        }
        while (!missing.isEmpty()) {
            Path dir = missing.pop();
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException raced) {
                // another writer created it a moment ago; flushing its parent again below is harmless
                if (!Files.isDirectory(dir)) {
                    throw raced;
                }
            }
            syncDirectory(dir.getParent());
        }
    }
}
