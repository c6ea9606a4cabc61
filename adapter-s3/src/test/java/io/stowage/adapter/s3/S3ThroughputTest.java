package io.stowage.adapter.s3;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.adapter.s3.testing.S3ProxyExtension;

import static io.stowage.adapter.s3.S3BlobStore.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minio.MinioClient;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
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
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Measures, for the record, how fast blobs go up to and come back from s3proxy on this machine, one at a
 * time. The figures are printed, not asserted; the bytes that came back are.
 */
@ExtendWith(S3ProxyExtension.class)
class S3ThroughputTest {

    private static final BucketName BUCKET = new BucketName("throughput");

    @Test
    void printsUploadAndDownloadSpeeds(S3Proxy s3) throws Exception {
        s3.createBucket("throughput");
        try (MinioClient client = TestClients.of(s3)) {
            S3BlobStore store = new S3BlobStore(client, "throughput", "");
            warmUp(store);
            measure(store, 50, MIB);
            measure(store, 1, 100 * MIB);
        }
    }

    private static void measure(S3BlobStore store, int count, long size) throws IOException {
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
        System.out.printf(Locale.ROOT, "s3proxy throughput, %d x %d MiB: upload %.1f MiB/s, download %.1f MiB/s%n",
                count, size / MIB, mebibytes / uploadSeconds, mebibytes / downloadSeconds);
        for (BlobLocation location : locations) {
            store.delete(location);
        }
    }

    /** The first requests load classes and open connections; they are no part of the figures. */
    private static void warmUp(S3BlobStore store) throws IOException {
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
