package io.stowage.application.port.in;

import java.util.Optional;

/** The consistency check run at start-up: how the volumes and the catalog matched, for /health. */
public interface CheckConsistency {

    /**
     * @param blobsChecked blobs looked at (a bounded sample when the store is large: see {@code complete})
     * @param orphanBlobs blobs nothing accounts for, older than the grace period
     * @param rowsChecked objects looked at
     * @param rowsWithoutBlob objects whose blob is missing
     * @param complete false when the bound stopped the check before it saw everything
     */
    record Result(long blobsChecked, long orphanBlobs, long rowsChecked, long rowsWithoutBlob, boolean complete) {

        public boolean consistent() {
            return orphanBlobs == 0 && rowsWithoutBlob == 0;
        }
    }

    /** Empty until the start-up check has run (or when it could not). */
    Optional<Result> startupResult();
}
