package io.stowage.adapter.ftp;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.value.VersionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where blobs and partial uploads live on the server: {@code <root>/<bucket>/<version>} and, while being
 * written, {@code <root>/<bucket>/<version>.part}. Names come from the bucket name and the version id only,
 * so a user's object key never reaches the server; the ".part" suffix keeps a partial out of listings.
 */
final class FtpLayout {

    static final String PARTIAL_SUFFIX = ".part";

    private final String root;

    /** @param root "" for the server's top directory, else a path (relative to the login directory unless it starts with "/") without a trailing slash */
    FtpLayout(String root) {
        this.root = root;
    }

    /** The root as a path the server accepts. */
    String root() {
        return root.isEmpty() ? "/" : root;
    }

    String bucketDirectory(BucketName bucket) {
        return prefix() + bucket.value();
    }

    String blobFile(BlobLocation location) {
        return bucketDirectory(location.bucket()) + "/" + location.version();
    }

    String partialFile(BlobLocation location) {
        return blobFile(location) + PARTIAL_SUFFIX;
    }

    /** The directories from the root down to {@code directory}, outermost first, for MKD one at a time. */
    static List<String> ancestry(String directory) {
        List<String> paths = new ArrayList<>();
        int from = directory.startsWith("/") ? 1 : 0;
        for (int slash = directory.indexOf('/', from); slash > 0; slash = directory.indexOf('/', slash + 1)) {
            paths.add(directory.substring(0, slash));
        }
        paths.add(directory);
        return paths;
    }

    /** The bucket a directory under the root holds; empty for a name no bucket has. */
    static Optional<BucketName> bucketOf(String name) {
        try {
            return Optional.of(new BucketName(name));
        } catch (StorageException notABucket) {
            return Optional.empty();
        }
    }

    /** The version a blob file is named by; empty for a partial upload or any other file. */
    static Optional<VersionId> versionOf(String name) {
        try {
            UUID version = UUID.fromString(name);
            return version.toString().equals(name) ? Optional.of(new VersionId(version)) : Optional.empty();
        } catch (IllegalArgumentException notAVersion) {
            return Optional.empty();
        }
    }

    private String prefix() {
        return root.isEmpty() ? "/" : root + "/";
    }
}
