package io.stowage.adapter.s3;

import io.minio.MinioClient;
import io.stowage.adapter.s3.testing.S3Proxy;
import java.time.Duration;

/** Settings and clients for the adapter's tests, built the way production builds them, aimed at s3proxy. */
final class TestClients {

    private TestClients() {
    }

    static S3Settings settings(S3Proxy s3, String bucket, String prefix) {
        return new S3Settings(s3.endpoint(), "us-east-1", bucket, S3Proxy.ACCESS_KEY, S3Proxy.SECRET_KEY, true, prefix,
                Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    /** The caller closes it. */
    static MinioClient of(S3Proxy s3) {
        return S3Clients.create(settings(s3, "unused", ""));
    }
}
