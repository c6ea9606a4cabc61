package io.stowage.adapter.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Looks at what a store left on disk. */
final class FsTestFiles {

    private FsTestFiles() {
    }

    static List<Path> tempFiles(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root.resolve(BlobLayout.TEMP_DIRECTORY))) {
            return entries.collect(Collectors.toList());
        }
    }

    /** Every path under {@code root}, relative to it, directories included. */
    static List<Path> everything(Path root) throws IOException {
        try (Stream<Path> entries = Files.walk(root)) {
            return entries.filter(path -> !path.equals(root)).map(root::relativize).sorted().collect(Collectors.toList());
        }
    }
}
