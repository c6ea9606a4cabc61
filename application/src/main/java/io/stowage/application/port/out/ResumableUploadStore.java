package io.stowage.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Resumable uploads' state, shared by every instance: the uploads, their staged parts (which count as
 * tracked blobs for the sweeper), and a lock that lets one chunk at a time be written to an upload.
 */
public interface ResumableUploadStore {

    /** Held while one chunk is written; released by closing, or by the death of its holder. */
    interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    void create(ResumableUpload upload);

    Optional<ResumableUpload> find(String id);

    /** Takes the upload's lock at once, or answers empty when someone else holds it. */
    Optional<Lock> tryLock(String id);

    /**
     * Records a durably written part and moves the offset past it, in one transaction that also drops the
     * part's upload intent; answers false (recording nothing) when the offset was no longer {@code part.offset()}.
     */
    boolean addPart(String id, UploadPart part);

    /** The parts, in offset order. */
    List<UploadPart> parts(String id);

    /** Removes the upload and its part records (not the blobs). */
    void delete(String id);

    /** Uploads that expired before {@code now}, oldest first. */
    List<ResumableUpload> expired(Instant now, int limit);
}
