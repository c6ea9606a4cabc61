package io.stowage.adapter.webdav;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.value.VersionId;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where blobs live under the volume's base collection: {@code <bucket>/<first two characters of the
 * version>/<version>}, written first as {@code .stowage-tmp/<version>.part}. Names are made of the bucket
 * and the version id only (both URL-safe), so a user's object key never reaches the server.
 */
final class DavLayout {

    /** Starts with a dot, which no bucket name may do, so it can never collide with a bucket collection. */
    static final String TEMP_COLLECTION = ".stowage-tmp";
    static final String PROBE_COLLECTION = ".stowage-probe";
    static final String PART_SUFFIX = ".part";

    private final URI base;
    private final List<URI> baseChain;

    /**
     * @param url the server collection the volume lives in, ending with a slash
     * @param root the collections under it that lead to the volume's own, outermost first
     */
    DavLayout(URI url, List<String> root) {
        List<URI> chain = new ArrayList<>();
        URI current = url;
        for (String segment : root) {
            current = current.resolve(segment + "/");
            chain.add(current);
        }
        this.base = current;
        this.baseChain = List.copyOf(chain);
    }

    /** The collections from the url down to the volume's own, outermost first; empty without a root. */
    List<URI> baseChain() {
        return baseChain;
    }

    URI base() {
        return base;
    }

    URI blob(BlobLocation location) {
        String version = location.version().toString();
        return base.resolve(location.bucket().value() + "/" + version.substring(0, 2) + "/" + version);
    }

    /** The collections a blob's MOVE needs, outermost first. */
    List<URI> blobCollections(BlobLocation location) {
        String bucket = location.bucket().value() + "/";
        return List.of(base.resolve(bucket), base.resolve(bucket + location.version().toString().substring(0, 2) + "/"));
    }

    URI temp(BlobLocation location) {
        return base.resolve(TEMP_COLLECTION + "/" + location.version() + PART_SUFFIX);
    }

    URI tempCollection() {
        return base.resolve(TEMP_COLLECTION + "/");
    }

    URI probeCollection() {
        return base.resolve(PROBE_COLLECTION + "/");
    }

    /** Where the volume check writes a probe, outside every bucket so no listing ever names it. */
    URI probe(String id) {
        return base.resolve(PROBE_COLLECTION + "/" + id);
    }

    /** The temporary name of a probe: in the temp collection, like any upload. */
    URI probeTemp(String id) {
        return base.resolve(TEMP_COLLECTION + "/probe-" + id + PART_SUFFIX);
    }

    URI collection(BucketName bucket) {
        return base.resolve(bucket.value() + "/");
    }

    /** The bucket a collection under the base holds; empty for the temp or probe collection or a stray one. */
    static Optional<BucketName> bucketOf(String name) {
        try {
            return Optional.of(new BucketName(name));
        } catch (StorageException notABucket) {
            return Optional.empty();
        }
    }

    /** Whether a collection inside a bucket is one of its shards. */
    static boolean isShard(String name) {
        return name.length() == 2 && name.chars().allMatch(c -> Character.digit(c, 16) >= 0 && !Character.isUpperCase(c));
    }

    /** The version a blob is named by; empty for a temp file or any other name. */
    static Optional<VersionId> versionOf(String name) {
        try {
            UUID version = UUID.fromString(name);
            return version.toString().equals(name) ? Optional.of(new VersionId(version)) : Optional.empty();
        } catch (IllegalArgumentException notAVersion) {
            return Optional.empty();
        }
    }
}
