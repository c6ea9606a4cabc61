package io.stowage.adapter.s3;

import io.minio.Checksum;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.domain.bucket.VolumeName;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A {@link BlobStore} over one S3 bucket, under keys {@code <prefix>/<bucket>/<version>}. An upload
 * streams through one part buffer at a time: a body that fits one part is a single PUT, a larger one a
 * multipart upload that S3 assembles only when complete, so a blob is either whole or absent. Every
 * request carries the part's SHA-256 (x-amz-checksum-sha256), which the store verifies.
 */
public final class S3BlobStore implements BlobStore {

    static final long MIB = 1024 * 1024;
    /** Bounds the memory of one upload; a body up to this size goes up as a single PUT. */
    static final long PART_BYTES = 8 * MIB;
    /** S3 allows 10,000 parts; larger limits get larger parts, up to this cap on memory per upload. */
    static final long MAX_PART_BYTES = 64 * MIB;
    private static final long MAX_PARTS = 10_000;

    private final MinioClient client;
    private final String bucket;
    private final BlobKeys keys;

    /**
     * @param client the caller keeps and closes it
     * @param bucket the S3 bucket, which must exist
     * @param prefix a key prefix shared by every blob, or {@code null} or empty for none
     */
    public S3BlobStore(MinioClient client, String bucket, String prefix) {
        this.client = Objects.requireNonNull(client, "client");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.keys = new BlobKeys(prefix);
    }

    /**
     * Measures while the client uploads; the caller keeps {@code content} and closes it. When the source
     * fails the client stops reading and aborts its multipart upload before it returns, so the source's
     * own failure is rethrown as it is. When the store fails, the object is removed as well: a lost answer
     * to the final request could hide an object that did get stored.
     */
    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        String key = keys.key(location);
        MeasuringInputStream measured = new MeasuringInputStream(content, maxBytes);
        try {
            client.putObject(PutObjectArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .stream(measured, -1L, partBytes(maxBytes))
                    .checksum(Checksum.Algorithm.SHA256)
                    .contentType("application/octet-stream")
                    .build());
        } catch (MinioException | RuntimeException e) {
            RuntimeException sourceFailure = measured.failure().orElse(null);
            if (sourceFailure != null) {
                throw sourceFailure;
            }
            RuntimeException failure = S3Failures.translate(e);
            removeAfterFailure(key, failure);
            throw failure;
        }
        return measured.written();
    }

    @Override
    public BlobContent open(BlobLocation location) {
        String key = keys.key(location);
        try {
            long size = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()).size();
            return new S3BlobContent(client, bucket, key, size, location);
        } catch (MinioException | RuntimeException e) {
            if (S3Failures.isMissingKey(e)) {
                throw new BlobMissing(location);
            }
            throw S3Failures.translate(e);
        }
    }

    /** S3 answers a delete of a missing key with success, which is what the port asks for. */
    @Override
    public void delete(BlobLocation location) {
        try {
            remove(keys.key(location));
        } catch (MinioException | RuntimeException e) {
            if (!S3Failures.isMissingKey(e)) {
                throw S3Failures.translate(e);
            }
        }
    }

    /**
     * Nothing to do here: a put that fails aborts its own multipart upload, and the parts of a process that
     * died mid-upload are invisible as objects and left to the bucket's AbortIncompleteMultipartUpload
     * lifecycle rule (the README asks for one; minio-java's synchronous client cannot list uploads).
     */
    @Override
    public void discardPartial(BlobLocation location) {
        // see above
    }

    /** Lists the keys under the volume's prefix; keys that are not {@code <bucket>/<version>} are skipped. */
    @Override
    public void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        try {
            for (Result<Item> result : client.listObjects(ListObjectsArgs.builder()
                    .bucket(bucket).prefix(keys.prefix()).recursive(true).build())) {
                Item item = result.get();
                Optional<BlobLocation> location = keys.locationOf(volume, item.objectName());
                if (location.isPresent() && !item.isDir() && !visitor.test(
                        new StoredBlob(location.get(), item.lastModified().toInstant()))) {
                    return;
                }
            }
        } catch (MinioException | RuntimeException e) {
            throw S3Failures.translate(e);
        }
    }

    @Override
    public boolean exists(BlobLocation location) {
        try {
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(keys.key(location)).build());
            return true;
        } catch (MinioException | RuntimeException e) {
            if (S3Failures.isMissingKey(e)) {
                return false;
            }
            throw S3Failures.translate(e);
        }
    }

    /** The smallest part size that still fits {@code maxBytes} in S3's part count, within our bounds. */
    static long partBytes(long maxBytes) {
        long needed = maxBytes / MAX_PARTS + (maxBytes % MAX_PARTS == 0 ? 0 : 1);
        long roundedToMib = (needed + MIB - 1) / MIB * MIB;
        return Math.min(MAX_PART_BYTES, Math.max(PART_BYTES, roundedToMib));
    }

    private void removeAfterFailure(String key, RuntimeException failure) {
        try {
            remove(key);
        } catch (MinioException | RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    private void remove(String key) throws MinioException {
        client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
    }
}
