package io.stowage.adapter.webdav;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.webdav.testing.NginxDav;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures, for the record, how fast blobs go up to and come back from nginx's WebDAV on this machine,
 * one at a time. The figures are printed, not asserted; the bytes that came back are.
 */
class WebdavThroughputTest {

    private static final long MIB = 1024 * 1024;
    private static final BucketName BUCKET = new BucketName("throughput");

    @Test
    void printsUploadAndDownloadSpeeds() throws Exception {
        try (NginxDav nginx = NginxDav.start()) {
            OpenedVolume volume = TestVolumes.open(nginx.url(), Map.of());
            try {
                warmUp(volume.store());
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

        double mebibytes = (double) count * size / MIB;
        System.out.printf(Locale.ROOT, "webdav (nginx) throughput, %d x %d MiB: upload %.1f MiB/s, download %.1f MiB/s%n",
                count, size / MIB, mebibytes / uploadSeconds, mebibytes / downloadSeconds);
        for (BlobLocation location : locations) {
            store.delete(location);
        }
    }

    /** The first requests load classes and open connections; they are no part of the figures. */
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
