package io.stowage.application.port.out;

/** A blob store has no blob at a location the catalog points to: a broken invariant, not a client error. */
public final class BlobMissing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BlobMissing(BlobLocation location) {
        super("no blob for " + location.bucket() + " version " + location.version());
    }
}
