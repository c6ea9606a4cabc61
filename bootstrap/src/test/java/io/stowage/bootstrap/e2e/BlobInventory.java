package io.stowage.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Counts the blobs the shared server's default volume holds, on the disk or in S3, whichever it is. */
final class BlobInventory {

    private BlobInventory() {
    }

    /** Every blob of every bucket. */
    static long all() {
        if (TestServer.onS3()) {
            return TestServer.s3().keys(TestServer.SHARED_S3_BUCKET).size();
        }
        return files(TestServer.shared().dataDir().resolve("blobs"));
    }

    /** The blobs written under one Stowage bucket: {@code <bucket>/<version>} in S3, a directory on disk. */
    static long of(String bucket) {
        if (TestServer.onS3()) {
            return TestServer.s3().keys(TestServer.SHARED_S3_BUCKET).stream()
                    .filter(key -> key.startsWith(bucket + "/"))
                    .count();
        }
        return files(TestServer.shared().dataDir().resolve("blobs").resolve(bucket));
    }

    /** The version ids of the blobs written under one Stowage bucket. */
    static Set<String> versionsOf(String bucket) {
        if (TestServer.onS3()) {
            return TestServer.s3().keys(TestServer.SHARED_S3_BUCKET).stream()
                    .filter(key -> key.startsWith(bucket + "/"))
                    .map(key -> key.substring(key.lastIndexOf('/') + 1))
                    .collect(Collectors.toSet());
        }
        Path dir = TestServer.shared().dataDir().resolve("blobs").resolve(bucket);
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
