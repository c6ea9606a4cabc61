package io.stowage.adapter.http.s3;

import java.io.IOException;

/**
 * A body that broke an S3 rule while it streamed (a chunk signature that does not chain, a trailing
 * checksum that does not match): thrown from read(), so the store keeps nothing, and found again in the
 * cause chain to answer with its S3 code.
 */
final class S3StreamFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient S3Failure failure;

    S3StreamFailure(S3Failure failure) {
        super(failure.getMessage());
        this.failure = failure;
    }

    S3Failure failure() {
        return failure;
    }
}
