package io.stowage.adapter.s3;

import io.stowage.application.port.out.BlobLocation;

/**
 * Where blobs live in the S3 bucket: {@code <prefix>/<bucket>/<version>}. Keys are made of the Stowage
 * bucket and the version id only, so a user's object key never reaches S3.
 */
final class BlobKeys {

    /** Starts with a dot, which no bucket name may do, so a probe can never collide with a blob. */
    static final String PROBE_FOLDER = ".stowage-probe/";

    /** Empty, or the configured prefix with exactly one trailing slash. */
    private final String prefix;

    BlobKeys(String prefix) {
        this.prefix = normalize(prefix);
    }

    String key(BlobLocation location) {
        return prefix + location.bucket().value() + "/" + location.version();
    }

    /** Where the health check writes its probe objects. */
    String probeKey(String id) {
        return prefix + PROBE_FOLDER + id;
    }

    String prefix() {
        return prefix;
    }

    /** Accepts "a/b", "/a/b/" or nothing; an empty segment would make keys no other tool finds again. */
    private static String normalize(String prefix) {
        if (prefix == null) {
            return "";
        }
        String trimmed = prefix.strip().replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            return "";
        }
        if (trimmed.contains("//")) {
            throw new IllegalArgumentException("the key prefix must not contain empty segments");
        }
        return trimmed + "/";
    }
}
