package io.stowage.adapter.ftp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.ftp.testing.FtpTestServer;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures, for the record, how fast blobs go up to and come back from the in-process FtpServer on
 * loopback, one at a time. The figures are printed, not asserted; the bytes that came back are.
 */
class FtpThroughputTest {

    private static final long MIB = 1024 * 1024;
    private static final BucketName BUCKET = new BucketName("throughput");

    @Test
    void printsUploadAndDownloadSpeeds() throws Exception {
        try (FtpTestServer server = FtpTestServer.start();
                FtpVolumes.Volume volume = FtpVolumes.open(server.volumeSettings("/throughput"))) {
            warmUp(volume.store());
            measure(volume.store(), 50, MIB);
            measure(volume.store(), 1, 100 * MIB);
        }
    }

    private static void measure(BlobStore store, int count, long size) throws IOException {
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
        System.out.printf(Locale.ROOT, "ftp throughput, %d x %d MiB: upload %.1f MiB/s, download %.1f MiB/s%n",
                count, size / MIB, mebibytes / uploadSeconds, mebibytes / downloadSeconds);
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
