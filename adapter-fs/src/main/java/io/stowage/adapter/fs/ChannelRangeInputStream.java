package io.stowage.adapter.fs;

import io.stowage.application.port.out.blob.BulkInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Objects;

/**
 * Reads one byte range of an open file with positional reads, so several ranges of the same channel can
 * be streamed at once. Closing it leaves the channel open: the {@link FsBlobContent} owns the channel.
 */
final class ChannelRangeInputStream extends BulkInputStream {

    private final FileChannel channel;
    private final long end;
    private long position;
    private boolean closed;

    ChannelRangeInputStream(FileChannel channel, long offset, long length) {
        this.channel = channel;
        this.position = offset;
        this.end = offset + length;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        ensureOpen();
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        long remaining = end - position;
        if (remaining <= 0) {
            return -1;
        }
        ByteBuffer buffer = ByteBuffer.wrap(target, offset, (int) Math.min(length, remaining));
        int read = channel.read(buffer, position);
        if (read > 0) {
            position += read;
        }
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        ensureOpen();
        long skipped = Math.max(0, Math.min(count, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        return (int) Math.min(Integer.MAX_VALUE, end - position);
    }

    @Override
    public void close() {
        closed = true;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
    }
}
