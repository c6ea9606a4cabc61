package io.stowage.adapter.s3;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.errors.MinioException;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.blob.StreamedBlobContent;
import java.io.IOException;
import java.io.InputStream;

/**
 * A blob found by {@link S3BlobStore#open}: its size, and a ranged GET per stream, so several ranges can
 * be read at once. Unlike a file kept open, it does not hold the bytes: a blob deleted after opening
 * answers {@link BlobMissing} to the next {@link #stream}.
 */
final class S3BlobContent extends StreamedBlobContent {

    private final MinioClient client;
    private final String bucket;
    private final String key;

    S3BlobContent(MinioClient client, String bucket, String key, long size, BlobLocation location) {
        super(size, location);
        this.client = client;
        this.bucket = bucket;
        this.key = key;
    }

    /**
     * Each stream is its own HTTP response; closing it releases the connection.
     *
     * @throws BlobMissing when the blob was deleted since it was opened
     * @throws io.stowage.domain.error.StorageUnavailable when the store cannot be read
     */
    @Override
    protected InputStream openRange(long offset, long length) throws IOException {
        try {
            return client.getObject(GetObjectArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .offset(offset)
                    .length(length)
                    .build());
        } catch (MinioException | RuntimeException e) {
            if (S3Failures.isMissingKey(e)) {
                throw new BlobMissing(location());
            }
            throw S3Failures.translate(e);
        }
    }
}
