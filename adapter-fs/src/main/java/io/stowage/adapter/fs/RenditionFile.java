package io.stowage.adapter.fs;

import io.stowage.application.port.out.BlobContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;

/**
 * A cached rendition opened for reading: the image bytes after the fixed-size header. Streams read the
 * channel opened at lookup, so an eviction that deletes the file meanwhile does not cut them short.
 */
final class RenditionFile implements BlobContent {

    private final FileChannel channel;
    private final long size;

    RenditionFile(FileChannel channel, long size) {
        this.channel = channel;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public InputStream stream(long offset, long length) throws IOException {
        BlobContent.requireRange(offset, length, size);
        if (!channel.isOpen()) {
            throw new IOException("rendition already closed");
        }
        return new ChannelRangeInputStream(channel, FsRenditionCache.HEADER_BYTES + offset, length);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // a read-only channel has nothing to flush
        }
    }
}
