package io.stowage.adapter.ftp;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.application.port.out.blob.MeasuredCopy;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.StorageUnavailable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.apache.commons.net.ftp.FTPClient;

/**
 * A {@link BlobStore} on an FTP server. A blob is uploaded (STOR) under a ".part" name next to its final
 * one, its size checked with SIZE, then renamed (RNFR/RNTO) into place, so a blob is complete or absent
 * under its real name. FTP has no fsync: the blob is as durable as the server makes a finished upload.
 * Errors name no path or host: their messages may reach a client.
 */
final class FtpBlobStore implements BlobStore {

    private final FtpSessions sessions;
    private final FtpLayout layout;
    private final FtpDirectories directories = new FtpDirectories();

    FtpBlobStore(FtpSessions sessions, FtpLayout layout) {
        this.sessions = sessions;
        this.layout = layout;
    }

    /**
     * Writes through a partial file as the class comment says; the caller keeps {@code content} and closes
     * it. A failure of the source comes out unchanged once the partial is removed; a failure of the server
     * drops its connection and removes the partial over a fresh one, when the server lets it.
     */
    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        String directory = layout.bucketDirectory(location.bucket());
        String partial = layout.partialFile(location);
        FtpSessions.Lease lease = sessions.lease();
        boolean healthy = false;
        try {
            FTPClient client = lease.client();
            directories.ensure(client, directory);
            BlobWritten written = upload(client, partial, content, maxBytes, location);
            verifySize(client, partial, written.size());
            if (!client.rename(partial, layout.blobFile(location))) {
                throw FtpReplies.refused(client, "RNTO");
            }
            directories.confirmed(directory);
            healthy = true;
            return written;
        } catch (IOException e) {
            directories.forget(directory);
            // give the broken connection back first: the cleanup needs a connection of its own
            lease.release(false);
            // a lost answer to RNTO could hide a blob that did get its real name: remove that too
            throw removeAfterFailure(new StorageUnavailable(FtpSessions.UNAVAILABLE, e), partial,
                    layout.blobFile(location));
        } catch (RuntimeException e) {
            // the source's own failures (too large, broken upload) arrive here with the connection still in step
            healthy = lease.client().isConnected() && removedWith(lease.client(), partial, e);
            if (!healthy) {
                lease.release(false);
                throw removeAfterFailure(e, partial);
            }
            throw e;
        } finally {
            lease.release(healthy);
        }
    }

    private BlobWritten upload(FTPClient client, String partial, InputStream content, long maxBytes,
            BlobLocation location) throws IOException {
        OutputStream data = client.storeFileStream(partial);
        if (data == null) {
            directories.forget(layout.bucketDirectory(location.bucket()));
            throw FtpReplies.refusedWrite(client, "STOR", location.volume().value());
        }
        BlobWritten written;
        try {
            written = MeasuredCopy.copy(content, data, maxBytes);
        } catch (RuntimeException sourceFailed) {
            // end the transfer cleanly, so the connection stays usable and the partial can be removed
            try {
                data.close();
                client.completePendingCommand();
            } catch (IOException broken) {
                sourceFailed.addSuppressed(broken);
                FtpConnector.disconnectQuietly(client);
            }
            throw sourceFailed;
        }
        data.close();
        if (!client.completePendingCommand()) {
            throw FtpReplies.refusedWrite(client, "STOR", location.volume().value());
        }
        return written;
    }

    /** SIZE after the transfer: a server that lost bytes on the way must not get the blob published. */
    private static void verifySize(FTPClient client, String partial, long expected) throws IOException {
        OptionalLong stored = FtpFiles.size(client, partial);
        if (stored.isPresent() && stored.getAsLong() != expected) {
            throw new IOException("the server stored " + stored.getAsLong() + " of " + expected + " bytes");
        }
    }

    @Override
    public BlobContent open(BlobLocation location) {
        String file = layout.blobFile(location);
        OptionalLong size = sessions.run(client -> FtpFiles.size(client, file));
        if (size.isEmpty()) {
            throw new BlobMissing(location);
        }
        return new FtpBlobContent(sessions, file, size.getAsLong(), location);
    }

    /** DELE; a refusal is no error when the blob is indeed gone. */
    @Override
    public void delete(BlobLocation location) {
        String file = layout.blobFile(location);
        sessions.run(client -> {
            if (!client.deleteFile(file) && FtpFiles.size(client, file).isPresent()) {
                throw FtpReplies.refused(client, "DELE");
            }
            return null;
        });
    }

    @Override
    public boolean exists(BlobLocation location) {
        return sessions.run(client -> FtpFiles.size(client, layout.blobFile(location))).isPresent();
    }

    @Override
    public void discardPartial(BlobLocation location) {
        String partial = layout.partialFile(location);
        sessions.run(client -> client.deleteFile(partial));
    }

    /** Walks {@code <root>/<bucket>/<version>}; partials and anything else found there are skipped. */
    @Override
    public void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        new FtpListing(sessions, layout).forEachBlob(volume, visitor);
    }

    /** Durable write, read back and delete of a small file beside the buckets: the volume's health check. */
    void probe() {
        new FtpProbe(sessions, layout, directories).run();
    }

    private RuntimeException removeAfterFailure(RuntimeException failure, String... files) {
        try {
            sessions.run(client -> {
                for (String file : files) {
                    client.deleteFile(file);
                }
                return null;
            });
        } catch (RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
        return failure;
    }

    /** Removes the partial over the connection the upload used; false when that broke the connection. */
    private static boolean removedWith(FTPClient client, String partial, RuntimeException failure) {
        try {
            client.deleteFile(partial);
            return true;
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
            return false;
        }
    }
}
