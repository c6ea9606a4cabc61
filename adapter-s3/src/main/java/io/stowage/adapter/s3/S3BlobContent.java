package io.stowage.adapter.s3;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.errors.MinioException;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import java.io.IOException;
import java.io.InputStream;

/**
 * A blob found by {@link S3BlobStore#open}: its size, and a ranged GET per stream, so several ranges can
 * be read at once. Unlike a file kept open, it does not hold the bytes: a blob deleted after opening
 * answers {@link BlobMissing} to the next {@link #stream}.
 */
final class S3BlobContent implements BlobContent {

    private final MinioClient client;
    private final String bucket;
    private final String key;
    private final long size;
    private final BlobLocation location;
    private volatile boolean closed;

    S3BlobContent(MinioClient client, String bucket, String key, long size, BlobLocation location) {
        this.client = client;
        this.bucket = bucket;
        this.key = key;
        this.size = size;
        this.location = location;
    }

    @Override
    public long size() {
        return size;
    }

    /**
     * Each stream is its own HTTP response; closing it releases the connection.
     *
     * @throws BlobMissing when the blob was deleted since it was opened
     * @throws io.stowage.domain.error.StorageUnavailable when the store cannot be read
     */
    @Override
    public InputStream stream(long offset, long length) throws IOException {
        BlobContent.requireRange(offset, length, size);
        if (closed) {
            throw new IOException("blob content already closed");
        }
        if (length == 0) {
            // S3 has no empty range, and there is nothing to fetch
            return InputStream.nullInputStream();
        }
        try {
            return client.getObject(GetObjectArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .offset(offset)
                    .length(length)
                    .build());
        } catch (MinioException | RuntimeException e) {
            if (S3Failures.isMissingKey(e)) {
                throw new BlobMissing(location);
            }
            throw S3Failures.translate(e);
        }
    }

    /** Streams already handed out stay readable: each owns its response. */
    @Override
    public void close() {
        closed = true;
    }
}
