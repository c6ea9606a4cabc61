package io.stowage.adapter.fs;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.value.VersionId;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Where blobs and temp files live under the store's root. Paths are built from the bucket name and the
 * version id only, so a user's object key never reaches the filesystem.
 */
final class BlobLayout {

    /** Starts with a dot, which no bucket name may do, so it can never collide with a bucket directory. */
    static final String TEMP_DIRECTORY = ".tmp";

    private final Path root;

    BlobLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path tempDirectory() {
        return root.resolve(TEMP_DIRECTORY);
    }

    /**
     * {@code <root>/.tmp/<version>.part}: where a put writes before it publishes; named by the version so
     * that the sweeper can remove what a writer that died left, knowing only its upload intent.
     */
    Path tempFile(BlobLocation location) {
        return tempDirectory().resolve(location.version() + ".part");
    }

    /** The bucket a directory under the root holds; empty for the temp directory or a name no bucket has. */
    static Optional<BucketName> bucketOf(Path directory) {
        try {
            return Optional.of(new BucketName(directory.getFileName().toString()));
        } catch (StorageException notABucket) {
            return Optional.empty();
        }
    }

    /** The version a blob file is named by; empty for any other file. */
    static Optional<VersionId> versionOf(Path file) {
        String name = file.getFileName().toString();
        try {
            UUID version = UUID.fromString(name);
            return version.toString().equals(name) ? Optional.of(new VersionId(version)) : Optional.empty();
        } catch (IllegalArgumentException notAVersion) {
            return Optional.empty();
        }
    }

    /** {@code <root>/<bucket>/<first two characters of the version>/<version>}: fans out large buckets. */
    Path blobFile(BlobLocation location) {
        String version = location.version().toString();
        return root.resolve(location.bucket().value()).resolve(version.substring(0, 2)).resolve(version);
    }
}
