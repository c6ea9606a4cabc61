package io.stowage.adapter.s3;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.errors.MinioException;
import io.stowage.application.port.out.DependencyCheck;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Proves the bucket takes writes: it must exist, and a small probe object must be written and deleted,
 * the same steps an upload and a removal need. Reasons are short and name no key or endpoint.
 */
final class S3BucketCheck implements DependencyCheck {

    static final String NAME = "s3";
    private static final byte[] PROBE = "probe".getBytes(StandardCharsets.US_ASCII);

    private final MinioClient client;
    private final String bucket;
    private final BlobKeys keys;

    S3BucketCheck(MinioClient client, String bucket, String prefix) {
        this.client = client;
        this.bucket = bucket;
        this.keys = new BlobKeys(prefix);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void check() {
        boolean exists;
        try {
            exists = client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
        } catch (MinioException | RuntimeException e) {
            throw failed("bucket lookup failed", e);
        }
        if (!exists) {
            throw new IllegalStateException("bucket does not exist");
        }
        String key = keys.probeKey(UUID.randomUUID().toString());
        try {
            client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).data(PROBE, PROBE.length).build());
        } catch (MinioException | RuntimeException e) {
            throw failed("probe write failed", e);
        }
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (MinioException | RuntimeException e) {
            throw failed("probe delete failed", e);
        }
    }

    private static IllegalStateException failed(String step, Exception cause) {
        String code = S3Failures.errorCode(cause);
        String detail = code != null ? code : rootCause(cause).getClass().getSimpleName();
        return new IllegalStateException(step + ": " + detail, cause);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
