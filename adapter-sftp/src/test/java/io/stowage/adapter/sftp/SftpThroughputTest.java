package io.stowage.adapter.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.sftp.testing.SftpTestServer;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
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
 * Measures, for the record, how fast blobs go up to and come back from the in-process SFTP server on
 * this machine (over loopback, encrypted), one at a time. The figures are printed, not asserted; the
 * bytes that came back are.
 */
class SftpThroughputTest {

    private static final long MIB = 1024 * 1024;
    private static final BucketName BUCKET = new BucketName("throughput");

    @Test
    void printsUploadAndDownloadSpeeds() throws Exception {
        try (SftpTestServer server = SftpTestServer.start()) {
            OpenedVolume volume = SftpVolumes.open(server.volumeSettings("throughput"));
            try {
                measure(volume.store(), 5, MIB);
                measure(volume.store(), 50, MIB);
                measure(volume.store(), 1, 100 * MIB);
            } finally {
                volume.resources().close();
            }
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
        double mib = (double) count * size / MIB;
        System.out.printf(Locale.ROOT, "sftp %d x %d MiB: upload %.1f MiB/s, download %.1f MiB/s%n",
                count, size / MIB, mib / uploadSeconds, mib / downloadSeconds);
    }
}
