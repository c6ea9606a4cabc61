package io.stowage.application.port.out;

import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.bucket.VolumeName;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Durable storage of immutable blobs. A blob is written once under a fresh location and never changed;
 * it is visible only once completely and durably written, and a failed write leaves nothing behind.
 */
public interface BlobStore {

    /**
     * Streams {@code content} to a new blob, measuring size and SHA-256 on the way.
     *
     * @throws PayloadTooLarge when more than {@code maxBytes} arrive; nothing is kept
     * @throws StorageUnavailable when the store cannot be written
     */
    BlobWritten put(BlobLocation location, InputStream content, long maxBytes);

    /**
     * {@link #put(BlobLocation, InputStream, long)}, telling {@code partialWrites} the name of any unfinished
     * write the store creates that would outlive this process (stores that leave none never call it).
     */
    default BlobWritten put(BlobLocation location, InputStream content, long maxBytes, PartialWrites partialWrites) {
        return put(location, content, maxBytes);
    }

    /**
     * Opens a blob for reading.
     *
     * @throws BlobMissing when there is no such blob
     */
    BlobContent open(BlobLocation location);

    /** Deletes a blob; deleting a missing blob is not an error. */
    void delete(BlobLocation location);

    boolean exists(BlobLocation location);

    /**
     * Removes whatever an interrupted {@link #put} of {@code location} left that is not the blob itself
     * (a temp file, an unfinished multipart upload), for when the writing process died; nothing there
     * is not an error.
     */
    void discardPartial(BlobLocation location);

    /** {@link #discardPartial(BlobLocation)}, given the partial write the store named during the put, if any. */
    default void discardPartial(BlobLocation location, Optional<String> partialWrite) {
        discardPartial(location);
    }

    /**
     * Hands every finished blob this store holds to {@code visitor}, as locations on {@code volume} (the
     * name the store is configured under), in no particular order, until the visitor answers false;
     * for the reconciler. Partial writes are not blobs and are not listed.
     */
    void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor);
}
