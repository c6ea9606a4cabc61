package io.stowage.application.port.out.blob;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A blob found on a remote volume: its size, and one request per stream (a ranged GET, a file handle, a
 * leased connection), so several ranges can be read at once. It does not pin the bytes: a blob deleted
 * after opening answers {@link BlobMissing} to the next {@link #stream}. Streams already handed out stay
 * readable after {@link #close}: each owns what it reads from.
 */
public abstract class StreamedBlobContent implements BlobContent {

    private final long size;
    private final BlobLocation location;
    private volatile boolean closed;

    protected StreamedBlobContent(long size, BlobLocation location) {
        this.size = size;
        this.location = Objects.requireNonNull(location, "location");
    }

    @Override
    public final long size() {
        return size;
    }

    /**
     * Checks the range, answers an empty stream for an empty one (there is nothing to fetch, and some
     * protocols have no empty range), and otherwise asks {@link #openRange}.
     *
     * @throws BlobMissing when the blob was deleted since it was opened
     * @throws io.stowage.domain.error.StorageUnavailable when the volume cannot be read
     */
    @Override
    public final InputStream stream(long offset, long length) throws IOException {
        BlobContent.requireRange(offset, length, size);
        if (closed) {
            throw new IOException("blob content already closed");
        }
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        return openRange(offset, length);
    }

    /** The bytes from {@code offset}, {@code length > 0} of them, within the blob; the caller closes it. */
    protected abstract InputStream openRange(long offset, long length) throws IOException;

    /** Where the blob lives, for {@link BlobMissing}. */
    protected final BlobLocation location() {
        return location;
    }

    @Override
    public final void close() {
        closed = true;
    }
}
