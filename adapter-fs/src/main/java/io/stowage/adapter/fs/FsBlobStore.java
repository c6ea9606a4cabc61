package io.stowage.adapter.fs;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.application.port.out.blob.MeasuredCopy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.InsufficientStorage;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A {@link BlobStore} over a local directory. A blob is streamed to a temp file on the same filesystem,
 * flushed, then renamed into place atomically, so a blob is either complete and durable or absent.
 * Errors name no filesystem path: their messages may reach a client.
 */
public final class FsBlobStore implements BlobStore {

    static final String UNAVAILABLE = "blob store unavailable";

    private final BlobLayout layout;

    /** Creates the root and its temp directory when missing, and sweeps temp files left by crashes. */
    public FsBlobStore(Path root) {
        this(root, Clock.systemUTC());
    }

    FsBlobStore(Path root, Clock clock) {
        this.layout = new BlobLayout(root);
        try {
            Files.createDirectories(layout.tempDirectory());
        } catch (IOException e) {
            throw new StorageUnavailable(UNAVAILABLE, e);
        }
        StaleTempSweeper.sweep(layout.tempDirectory(), clock);
    }

    /**
     * Writes through a temp file as the class comment says. The caller keeps {@code content} and closes
     * it. Locations are always fresh; were one reused, the rename would replace the old blob atomically.
     */
    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        Path temp = createTempFile(location);
        try {
            BlobWritten written = writeAndFlush(temp, content, maxBytes);
            publish(temp, layout.blobFile(location));
            return written;
        } catch (IOException e) {
            throw discard(temp, outOfSpace(e) ? new InsufficientStorage(location.volume().value())
                    : new StorageUnavailable(UNAVAILABLE, e));
        } catch (RuntimeException e) {
            // domain errors (too large, broken upload) and whatever the source threw go out unchanged
            throw discard(temp, e);
        } catch (Error e) {
            throw discard(temp, e);
        }
    }

    @Override
    public BlobContent open(BlobLocation location) {
        Path file = layout.blobFile(location);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                return new FsBlobContent(file, channel, channel.size());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new BlobMissing(location);
        } catch (IOException e) {
            throw new StorageUnavailable(UNAVAILABLE, e);
        }
    }

    /**
     * Unlinks the blob; readers who opened it keep their bytes. Empty directories stay: removing them
     * would race with a writer renaming a new blob into them.
     */
    @Override
    public void delete(BlobLocation location) {
        try {
            Files.deleteIfExists(layout.blobFile(location));
        } catch (IOException e) {
            throw new StorageUnavailable(UNAVAILABLE, e);
        }
    }

    @Override
    public boolean exists(BlobLocation location) {
        return Files.isRegularFile(layout.blobFile(location));
    }

    /** Where uploads are written before they are published; the volume health check probes it. */
    Path tempDirectory() {
        return layout.tempDirectory();
    }

    /** Fresh locations make the name unique; CREATE_NEW refuses a reused one rather than mixing two writers. */
    private Path createTempFile(BlobLocation location) {
        try {
            return Files.createFile(layout.tempFile(location));
        } catch (IOException e) {
            throw outOfSpace(e) ? new InsufficientStorage(location.volume().value())
                    : new StorageUnavailable(UNAVAILABLE, e);
        }
    }

    @Override
    public void discardPartial(BlobLocation location) {
        try {
            Files.deleteIfExists(layout.tempFile(location));
        } catch (IOException e) {
            throw new StorageUnavailable(UNAVAILABLE, e);
        }
    }

    /**
     * Walks {@code <root>/<bucket>/<xx>/<version>}, skipping the temp directory and anything that is not
     * a blob's path (a stray file someone put there is neither listed nor touched).
     */
    @Override
    public void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        try (DirectoryStream<Path> buckets = Files.newDirectoryStream(layout.root(), Files::isDirectory)) {
            for (Path bucket : buckets) {
                Optional<BucketName> name = BlobLayout.bucketOf(bucket);
                if (name.isPresent() && !walkBucket(volume, name.get(), bucket, visitor)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new StorageUnavailable(UNAVAILABLE, e);
        }
    }

    private static boolean walkBucket(VolumeName volume, BucketName bucket, Path directory,
            Predicate<StoredBlob> visitor) throws IOException {
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(directory, Files::isDirectory)) {
            for (Path shard : shards) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard, Files::isRegularFile)) {
                    for (Path file : files) {
                        Optional<VersionId> version = BlobLayout.versionOf(file);
                        if (version.isPresent() && !visitor.test(new StoredBlob(
                                new BlobLocation(volume, bucket, version.get()),
                                Files.getLastModifiedTime(file).toInstant()))) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** ENOSPC (or EDQUOT) as the JDK reports it: the message of the failed write or create. */
    static boolean outOfSpace(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("No space left on device") || message.contains("Disk quota exceeded");
    }

    private static BlobWritten writeAndFlush(Path temp, InputStream content, long maxBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            BlobWritten written = MeasuredCopy.copy(content, (bytes, offset, length) -> {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }, maxBytes);
            // fdatasync: the data and what reading it back needs (size, block map), not the timestamps;
            // the name is made durable by the directory flush after the rename
            channel.force(false);
            return written;
        }
    }

    /**
     * Renames the flushed temp file into place and flushes the directory holding it, the step that makes
     * the rename itself durable, then the parents of the directories this put had to create. If a flush
     * fails the blob is removed again, since its survival after a crash could not be promised.
     */
    private void publish(Path temp, Path destination) throws IOException {
        Path directory = destination.getParent();
        List<Path> created = Durability.createDirectories(layout.root(), directory);
        Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
        try {
            Durability.syncDirectory(directory);
            Durability.syncParents(created);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(destination);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static <T extends Throwable> T discard(Path temp, T failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
        return failure;
    }
}
