package io.stowage.application.port.out;

/**
 * Told by a blob store, while a put runs, the name of an unfinished write that would outlive a crash of
 * this process (an S3 multipart upload id), so that the upload's intent can record it and the sweeper can
 * remove it once the upload is dead.
 */
@FunctionalInterface
public interface PartialWrites {

    /** Listens to nothing: for callers that keep no record. */
    PartialWrites IGNORED = id -> { };

    void begun(String partialWriteId);
}
