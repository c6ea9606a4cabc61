package io.stowage.adapter.s3;

import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.stowage.application.port.out.BlobStoreDriver;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.domain.bucket.VolumeName;
import jakarta.inject.Singleton;

/**
 * The {@code s3} driver: a volume is an S3 bucket (AWS, MinIO, R2, any S3-compatible store), optionally
 * under a key prefix. Opening it reaches the store and creates the bucket when missing, so wrong
 * credentials or an unreachable endpoint stop the start instead of the first upload.
 */
@Singleton
public final class S3VolumeDriver implements BlobStoreDriver {

    public static final String NAME = "s3";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OpenedVolume open(VolumeName volume, VolumeSettings volumeSettings) {
        S3Settings settings = S3Settings.from(volumeSettings);
        MinioClient client = S3Clients.create(settings);
        try {
            BucketProvisioning.ensureBucket(client, settings);
        } catch (RuntimeException e) {
            closeQuietly(client, e);
            throw e;
        }
        MinioAsyncClient uploads = S3Clients.createAsync(settings);
        S3BlobStore store = new S3BlobStore(client, uploads, settings.bucket(), settings.prefix());
        // closing the clients stops their HTTP threads and drops their connections
        return new OpenedVolume(store, new S3BucketCheck(client, settings.bucket(), settings.prefix()), () -> {
            uploads.close();
            client.close();
        });
    }

    private static void closeQuietly(MinioClient client, RuntimeException failure) {
        try {
            client.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }
}
