package io.stowage.adapter.sftp;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.application.port.out.blob.MeasuredCopy;
import io.stowage.domain.bucket.VolumeName;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.Attributes;
import org.apache.sshd.sftp.client.SftpClient.CloseableHandle;
import org.apache.sshd.sftp.client.impl.AbstractSftpClient;
import org.apache.sshd.sftp.client.impl.SftpOutputStreamAsync;

/**
 * A {@link BlobStore} on an SFTP server. A blob is streamed to a partial file next to its final name
 * (pipelined writes), checked for size, flushed with {@code fsync@openssh.com} when the server offers it,
 * then renamed into place, so a blob is either complete or absent under its real name. Errors name no
 * host or path: their messages may reach a client.
 */
public final class SftpBlobStore implements BlobStore {

    static final int WRITE_CHUNK = 64 * 1024;

    private final SftpConnection connection;
    private final BlobPaths paths;

    SftpBlobStore(SftpConnection connection, String root) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.paths = new BlobPaths(root);
    }

    /** Writes as the class comment says; the caller keeps {@code content} and closes it. */
    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        String partial = paths.partial(location);
        CloseableHandle handle = null;
        try {
            SftpClient sftp = connection.channel();
            handle = createPartial(sftp, location, partial);
            BlobWritten written;
            try (SftpOutputStreamAsync out = new SftpOutputStreamAsync((AbstractSftpClient) sftp, WRITE_CHUNK,
                    partial, handle, false)) {
                written = MeasuredCopy.copy(content, out, maxBytes);
            }
            // the async stream gives up quietly on an ack that never came: the size proves every write landed
            long stored = sftp.stat(handle).getSize();
            if (stored != written.size()) {
                throw new IOException("the server holds " + stored + " bytes of " + written.size() + " sent");
            }
            RemoteFiles.flush(sftp, handle);
            handle.close();
            handle = null;
            RemoteFiles.rename(sftp, partial, paths.blob(location));
            return written;
        } catch (IOException e) {
            throw discard(handle, partial, SftpFailures.translate(e, location));
        } catch (RuntimeException e) {
            // domain errors (too large, broken upload) and whatever the source threw go out unchanged
            throw discard(handle, partial, e);
        } catch (Error e) {
            throw discard(handle, partial, e);
        }
    }

    @Override
    public BlobContent open(BlobLocation location) {
        String path = paths.blob(location);
        try {
            Attributes attributes = connection.channel().stat(path);
            if (!attributes.isRegularFile()) {
                throw new BlobMissing(location);
            }
            return new SftpBlobContent(connection, path, attributes.getSize(), location);
        } catch (IOException e) {
            if (SftpFailures.isMissing(e)) {
                throw new BlobMissing(location);
            }
            throw SftpFailures.unavailable(e);
        }
    }

    @Override
    public void delete(BlobLocation location) {
        try {
            RemoteFiles.removeIfExists(connection.channel(), paths.blob(location));
        } catch (IOException e) {
            throw SftpFailures.unavailable(e);
        }
    }

    @Override
    public boolean exists(BlobLocation location) {
        try {
            return connection.channel().stat(paths.blob(location)).isRegularFile();
        } catch (IOException e) {
            if (SftpFailures.isMissing(e)) {
                return false;
            }
            throw SftpFailures.unavailable(e);
        }
    }

    @Override
    public void discardPartial(BlobLocation location) {
        try {
            RemoteFiles.removeIfExists(connection.channel(), paths.partial(location));
        } catch (IOException e) {
            throw SftpFailures.unavailable(e);
        }
    }

    /** Walks {@code <root>/<bucket>/<version>}; partials, the probe folder and strangers are skipped. */
    @Override
    public void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        try {
            new RemoteListing(connection.channel(), paths).forEachBlob(volume, visitor);
        } catch (IOException e) {
            throw SftpFailures.unavailable(e);
        }
    }

    BlobPaths paths() {
        return paths;
    }

    /** Creates the partial file, and the bucket's directory first when this is the bucket's first blob. */
    private CloseableHandle createPartial(SftpClient sftp, BlobLocation location, String partial) throws IOException {
        try {
            return RemoteFiles.create(sftp, partial);
        } catch (IOException e) {
            if (!SftpFailures.isMissing(e)) {
                throw e;
            }
        }
        RemoteDirectories.create(sftp, paths.bucketDirectory(location.bucket()));
        return RemoteFiles.create(sftp, partial);
    }

    /**
     * Closes the handle and removes the partial, on a fresh channel when the failure took the session
     * down (the connection reconnects); a cleanup that fails too is attached, and discardPartial is the
     * retry.
     */
    private <T extends Throwable> T discard(CloseableHandle handle, String partial, T failure) {
        if (handle != null) {
            try {
                handle.close();
            } catch (IOException | RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
        }
        try {
            RemoteFiles.removeIfExists(connection.channel(), partial);
        } catch (IOException | RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
        return failure;
    }
}
