package io.stowage.adapter.s3;

import io.minio.Checksum;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
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
import io.stowage.application.port.out.PartialWrites;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.application.port.out.blob.MeasuringInputStream;
import io.stowage.domain.bucket.VolumeName;
import java.io.InputStream;
import java.lang.System.Logger.Level;
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

    private static final System.Logger LOG = System.getLogger(S3BlobStore.class.getName());

    private final MinioClient client;
    private final String bucket;
    private final BlobKeys keys;
    private final Optional<MultipartUploads> uploads;

    /**
     * A store that neither reports nor aborts the multipart uploads of dead puts (for tests of the rest).
     *
     * @param client the caller keeps and closes it
     * @param bucket the S3 bucket, which must exist
     * @param prefix a key prefix shared by every blob, or {@code null} or empty for none
     */
    public S3BlobStore(MinioClient client, String bucket, String prefix) {
        this(client, null, bucket, prefix);
    }

    /**
     * @param uploadsClient the same store through minio-java's asynchronous client, the only one that lists
     *     and aborts multipart uploads; the caller keeps and closes it
     */
    public S3BlobStore(MinioClient client, MinioAsyncClient uploadsClient, String bucket, String prefix) {
        this.client = Objects.requireNonNull(client, "client");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.keys = new BlobKeys(prefix);
        this.uploads = Optional.ofNullable(uploadsClient).map(async -> new MultipartUploads(async, bucket));
    }

    /**
     * Measures while the client uploads; the caller keeps {@code content} and closes it. When the source
     * fails the client stops reading and aborts its multipart upload before it returns, so the source's
     * own failure is rethrown as it is. When the store fails, the object is removed as well: a lost answer
     * to the final request could hide an object that did get stored.
     */
    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
        return put(location, content, maxBytes, PartialWrites.IGNORED);
    }

    /**
     * As above; once the body outgrows one part, the client has begun a multipart upload before it reads
     * on, and its id goes to {@code partialWrites} (looked up by the blob's fresh key at the next part
     * boundaries until found), so that the upload of a process killed mid-way can be aborted.
     */
    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes, PartialWrites partialWrites) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        String key = keys.key(location);
        MeasuringInputStream measured = new MeasuringInputStream(content, maxBytes);
        long partBytes = partBytes(maxBytes);
        InputStream body = uploads.isEmpty() || partialWrites == PartialWrites.IGNORED ? measured
                : new PartBoundaries(measured, partBytes, () -> reportUpload(key, partialWrites));
        try {
            client.putObject(PutObjectArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .stream(body, -1L, partBytes)
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
     * Aborts the multipart uploads a process that died mid-put left under the blob's key (a put that fails
     * in a live process aborts its own).
     */
    @Override
    public void discardPartial(BlobLocation location) {
        discardPartial(location, Optional.empty());
    }

    /**
     * Aborts the upload the put reported, then any other still open under the blob's fresh key (one begun
     * by a process killed before it could report it).
     */
    @Override
    public void discardPartial(BlobLocation location, Optional<String> partialWrite) {
        if (uploads.isEmpty()) {
            return;
        }
        String key = keys.key(location);
        partialWrite.ifPresent(id -> uploads.get().abort(key, id));
        for (String id : uploads.get().openUnder(key)) {
            uploads.get().abort(key, id);
        }
    }

    /** True once reported (or for good failed to), so the boundaries stop asking. */
    private boolean reportUpload(String key, PartialWrites partialWrites) {
        try {
            java.util.List<String> open = uploads.get().openUnder(key);
            open.forEach(partialWrites::begun);
            return !open.isEmpty();
        } catch (RuntimeException e) {
            // the sweeper still finds the upload under its key; the put goes on
            LOG.log(Level.WARNING, "could not record the multipart upload of " + key + ": " + e);
            return true;
        }
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
