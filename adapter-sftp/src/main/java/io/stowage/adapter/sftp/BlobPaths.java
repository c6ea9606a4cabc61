package io.stowage.adapter.sftp;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.value.VersionId;
import java.util.Optional;
import java.util.UUID;

/**
 * Where blobs live on the server: {@code <root>/<bucket>/<version>}, written first as
 * {@code <root>/<bucket>/.<version>.partial} in the same directory, so the rename never crosses a
 * filesystem. A bucket name never starts with a dot and a version is a UUID, so neither a partial nor the
 * probe folder ({@code <root>/.stowage-probe}) can be mistaken for a blob. A user's key never reaches the
 * server.
 */
final class BlobPaths {

    static final String PARTIAL_SUFFIX = ".partial";
    static final String PROBE_FOLDER = ".stowage-probe";

    private final String root;

    BlobPaths(String root) {
        this.root = root;
    }

    String root() {
        return root;
    }

    String bucketDirectory(BucketName bucket) {
        return root + "/" + bucket.value();
    }

    String blob(BlobLocation location) {
        return bucketDirectory(location.bucket()) + "/" + location.version();
    }

    String partial(BlobLocation location) {
        return bucketDirectory(location.bucket()) + "/." + location.version() + PARTIAL_SUFFIX;
    }

    String probeDirectory() {
        return root + "/" + PROBE_FOLDER;
    }

    /** The bucket a directory name under the root stands for; empty for the probe folder or a stranger. */
    static Optional<BucketName> bucketOf(String name) {
        try {
            return Optional.of(new BucketName(name));
        } catch (StorageException notABucket) {
            return Optional.empty();
        }
    }

    /** The blob a file name in a bucket directory stands for; empty for a partial or anything else. */
    static Optional<BlobLocation> blobOf(VolumeName volume, BucketName bucket, String name) {
        try {
            UUID version = UUID.fromString(name);
            if (!version.toString().equals(name)) {
                return Optional.empty();
            }
            return Optional.of(new BlobLocation(volume, bucket, new VersionId(version)));
        } catch (IllegalArgumentException notABlob) {
            return Optional.empty();
        }
    }
}
