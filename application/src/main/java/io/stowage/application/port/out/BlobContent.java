package io.stowage.application.port.out;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** An opened blob, ready to stream; the caller closes it once the response is done with it. */
public interface BlobContent extends AutoCloseable {

    long size();

    /**
     * The bytes from {@code offset}, {@code length} of them; the caller closes the stream.
     *
     * @throws IllegalArgumentException when the range is not within the blob (see {@link #requireRange})
     */
    InputStream stream(long offset, long length) throws IOException;

    /** The one range check every store applies before it reads. */
    static void requireRange(long offset, long length, long size) {
        if (offset < 0 || length < 0 || offset > size - length) {
            throw new IllegalArgumentException("range " + offset + "+" + length + " is outside a blob of " + size + " bytes");
        }
    }

    /** A local file holding exactly the blob's bytes, when the store has one, for zero-copy serving. */
    default Optional<File> localFile() {
        return Optional.empty();
    }

    @Override
    default void close() {
    }
}
