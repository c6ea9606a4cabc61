package io.stowage.application.port.out;

import io.stowage.domain.value.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Keeps rendered images under a key naming one object version and one set of options, within a size
 * bound, evicting the least recently used; a new version has new keys, so old renditions are never served.
 */
public interface RenditionCache {

    /** Writes a rendition's bytes and names their type. */
    @FunctionalInterface
    interface Producer {
        ContentType writeTo(OutputStream out) throws IOException;
    }

    /** A kept rendition, opened for streaming; the caller closes the content. */
    record Entry(ContentType contentType, BlobContent content) {
    }

    Optional<Entry> open(String key);

    /**
     * Produces the rendition into the cache and keeps it; a producer that fails leaves nothing behind.
     *
     * @throws IOException when the cache cannot be written
     */
    void put(String key, Producer producer) throws IOException;
}
