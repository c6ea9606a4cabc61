package io.stowage.adapter.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The volume health check writes, flushes and removes a probe, and fails when the volume takes no writes. */
class DataDirCheckTest {

    @TempDir
    Path directory;

    @Test
    void aWritableDirectoryPassesAndKeepsNoProbe() throws Exception {
        new DataDirCheck(directory).check();

        try (Stream<Path> left = Files.list(directory)) {
            assertEquals(List.of(), left.collect(Collectors.toList()));
        }
    }

    @Test
    void aDirectoryThatIsGoneFails() throws Exception {
        Path gone = directory.resolve("gone");

        assertThrows(IOException.class, () -> new DataDirCheck(gone).check());
    }

    @Test
    void aFileWhereTheDirectoryShouldBeFails() throws Exception {
        Path file = Files.writeString(directory.resolve("file"), "not a directory");

        assertThrows(IOException.class, () -> new DataDirCheck(file).check());
    }
}
