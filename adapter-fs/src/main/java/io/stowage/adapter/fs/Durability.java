package io.stowage.adapter.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

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
     * Creates {@code directory} and its missing ancestors up to {@code root}, and returns them deepest
     * first, including any a concurrent writer created in the meantime (its name may not be flushed yet).
     * Their parents must be flushed before anything put in them is acknowledged: a new directory whose
     * own name was never flushed could vanish in a crash, taking the blob renamed into it along. The
     * caller flushes them after the blob's own directory, see {@link #syncParents}.
     */
    static List<Path> createDirectories(Path root, Path directory) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path dir = directory; dir != null && !dir.equals(root) && !Files.isDirectory(dir); dir = dir.getParent()) {
            missing.push(dir);
        }
        List<Path> created = new ArrayList<>(missing.size());
        while (!missing.isEmpty()) {
            Path dir = missing.pop();
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException raced) {
                if (!Files.isDirectory(dir)) {
                    throw raced;
                }
            }
            created.add(0, dir);
        }
        return created;
    }

    /**
     * Flushes the parent of each directory {@link #createDirectories} returned, deepest first. Called
     * after the blob's directory was flushed, these usually find nothing left to write (ext4 commits its
     * whole journal on any fsync), where flushing each parent right after its mkdir cost one journal
     * commit more per new directory.
     */
    static void syncParents(List<Path> created) throws IOException {
        for (Path dir : created) {
            syncDirectory(dir.getParent());
        }
    }
}
