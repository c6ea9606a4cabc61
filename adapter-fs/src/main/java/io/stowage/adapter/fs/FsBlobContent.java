package io.stowage.adapter.fs;

import io.stowage.application.port.out.BlobContent;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A blob file opened at {@link FsBlobStore#open} time. Streams read through the channel opened then, so a
 * blob deleted afterwards (a POSIX unlink) keeps serving its bytes until this content is closed.
 * {@link #localFile()} names the file instead, for zero-copy serving, and so does not share that
 * protection: it is offered only while the file is still in place, and a caller who finds it gone later
 * falls back to {@link #stream}.
 */
final class FsBlobContent implements BlobContent {

    private final Path file;
    private final FileChannel channel;
    private final long size;

    FsBlobContent(Path file, FileChannel channel, long size) {
        this.file = file;
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
            throw new IOException("blob content already closed");
        }
        return new ChannelRangeInputStream(channel, offset, length);
    }

    @Override
    public Optional<File> localFile() {
        return Files.isRegularFile(file) ? Optional.of(file.toFile()) : Optional.empty();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // a read-only channel has nothing to flush, so a reader who is done loses nothing here
        }
    }
}
