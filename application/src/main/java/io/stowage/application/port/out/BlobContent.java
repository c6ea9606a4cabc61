package io.stowage.application.port.out;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** An opened blob, ready to stream; the caller closes it once the response is done with it. */
public interface BlobContent extends AutoCloseable {

    long size();

    /** The bytes from {@code offset}, {@code length} of them; the caller closes the stream. */
    InputStream stream(long offset, long length) throws IOException;

    /** A local file holding exactly the blob's bytes, when the store has one, for zero-copy serving. */
    default Optional<File> localFile() {
        return Optional.empty();
    }

    @Override
    default void close() {
    }
}
