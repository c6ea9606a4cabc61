package io.stowage.adapter.s3;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.adapter.s3.testing.S3ProxyExtension;

import io.minio.MinioClient;
import io.stowage.application.testing.ThroughputHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Measures, for the record, how fast blobs go up to and come back from s3proxy on this machine, one at a
 * time. The figures are printed, not asserted; the bytes that came back are.
 */
@ExtendWith(S3ProxyExtension.class)
class S3ThroughputTest {

    @Test
    void printsUploadAndDownloadSpeeds(S3Proxy s3) throws Exception {
        s3.createBucket("throughput");
        try (MinioClient client = TestClients.of(s3)) {
            S3BlobStore store = new S3BlobStore(client, "throughput", "");
            ThroughputHarness.printSpeeds("s3proxy", store);
        }
    }
}
