package io.stowage.adapter.http.s3;

import java.util.Optional;

/** How a request's body is vouched for, from its x-amz-content-sha256 header. */
enum PayloadMode {
    /** A hex SHA-256 of the whole body, checked as it streams. */
    SIGNED,
    UNSIGNED,
    /** aws-chunked, each chunk signed in a chain from the request's signature. */
    STREAMING_SIGNED,
    STREAMING_SIGNED_TRAILER,
    STREAMING_UNSIGNED_TRAILER;

    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    static PayloadMode of(String header) {
        return switch (header) {
            case UNSIGNED_PAYLOAD -> UNSIGNED;
            case "STREAMING-AWS4-HMAC-SHA256-PAYLOAD" -> STREAMING_SIGNED;
            case "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER" -> STREAMING_SIGNED_TRAILER;
            case "STREAMING-UNSIGNED-PAYLOAD-TRAILER" -> STREAMING_UNSIGNED_TRAILER;
            default -> {
                if (!header.matches("[0-9a-f]{64}")) {
                    throw S3Failure.invalidArgument("x-amz-content-sha256 must be a hex SHA-256 or a payload mode");
                }
                yield SIGNED;
            }
        };
    }

    boolean chunked() {
        return this == STREAMING_SIGNED || this == STREAMING_SIGNED_TRAILER || this == STREAMING_UNSIGNED_TRAILER;
    }

    boolean signedChunks() {
        return this == STREAMING_SIGNED || this == STREAMING_SIGNED_TRAILER;
    }

    boolean trailer() {
        return this == STREAMING_SIGNED_TRAILER || this == STREAMING_UNSIGNED_TRAILER;
    }

    static Optional<String> hexOf(String header) {
        return header.matches("[0-9a-f]{64}") ? Optional.of(header) : Optional.empty();
    }
}
