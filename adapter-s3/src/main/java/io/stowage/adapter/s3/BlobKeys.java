package io.stowage.adapter.s3;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.value.VersionId;
import java.util.Optional;
import java.util.UUID;

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

    /** The blob a key names, on {@code volume}; empty for a probe or any key this layout does not make. */
    Optional<BlobLocation> locationOf(VolumeName volume, String key) {
        if (!key.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] parts = key.substring(prefix.length()).split("/", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            UUID version = UUID.fromString(parts[1]);
            if (!version.toString().equals(parts[1])) {
                return Optional.empty();
            }
            return Optional.of(new BlobLocation(volume, new BucketName(parts[0]), new VersionId(version)));
        } catch (IllegalArgumentException | StorageException notABlob) {
            return Optional.empty();
        }
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
