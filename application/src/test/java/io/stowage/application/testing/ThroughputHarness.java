package io.stowage.application.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures, for the record, how fast blobs go up to and come back from one store, one at a time: after a
 * warm-up, 50 blobs of 1 MiB, then one of 100 MiB. The figures are printed, not asserted; the digests of
 * what was written and of what came back are.
 */
public final class ThroughputHarness {

    public static final long MIB = 1024 * 1024;
    private static final BucketName BUCKET = new BucketName("throughput");

    private ThroughputHarness() {
    }

    /** Warms up, measures, and prints lines starting {@code "<label> throughput, "}. */
    public static void printSpeeds(String label, BlobStore store) throws IOException {
        warmUp(store);
        measure(label, store, 50, MIB);
        measure(label, store, 1, 100 * MIB);
    }

    private static void measure(String label, BlobStore store, int count, long size) throws IOException {
        List<BlobLocation> locations = new ArrayList<>();
        Checksum expected = GeneratedBytes.sha256(count, size);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            BlobLocation location = new BlobLocation(BUCKET, VersionId.random());
            BlobWritten written = store.put(location, new GeneratedBytes(count, size), size);
            assertEquals(expected, written.sha256());
            locations.add(location);
        }
        double uploadSeconds = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        for (BlobLocation location : locations) {
            try (BlobContent content = store.open(location); InputStream bytes = content.stream(0, size)) {
                assertEquals(expected, GeneratedBytes.digest(bytes));
            }
        }
        double downloadSeconds = (System.nanoTime() - start) / 1e9;

        double mebibytes = (double) count * size / MIB;
        System.out.printf(Locale.ROOT, "%s throughput, %d x %d MiB: upload %.1f MiB/s, download %.1f MiB/s%n",
                label, count, size / MIB, mebibytes / uploadSeconds, mebibytes / downloadSeconds);
        for (BlobLocation location : locations) {
            store.delete(location);
        }
    }

    /** The first transfers load classes and open connections; they are no part of the figures. */
    private static void warmUp(BlobStore store) throws IOException {
        for (int i = 0; i < 5; i++) {
            BlobLocation location = new BlobLocation(BUCKET, VersionId.random());
            store.put(location, new GeneratedBytes(i, MIB), MIB);
            try (BlobContent content = store.open(location)) {
                GeneratedBytes.digest(content.stream(0, MIB));
            }
            store.delete(location);
        }
    }
}
