package io.stowage.adapter.ftp;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.blob.StreamedBlobContent;
import io.stowage.domain.error.StorageUnavailable;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.net.ftp.FTPClient;

/**
 * A blob found by {@link FtpBlobStore#open}: its size, and per stream a leased connection that asks for
 * the bytes from the offset on (REST + RETR), so several ranges can be read at once. A blob deleted after
 * opening answers {@link BlobMissing} to the next {@link #stream}.
 */
final class FtpBlobContent extends StreamedBlobContent {

    private final FtpSessions sessions;
    private final String file;

    FtpBlobContent(FtpSessions sessions, String file, long size, BlobLocation location) {
        super(size, location);
        this.sessions = sessions;
        this.file = file;
    }

    /**
     * The stream holds its connection until it is closed, which gives the connection back (or drops it,
     * if the early end of the transfer left it out of step).
     *
     * @throws BlobMissing when the blob was deleted since it was opened
     * @throws StorageUnavailable when the server cannot be read
     */
    @Override
    protected InputStream openRange(long offset, long length) throws IOException {
        FtpSessions.Lease lease = sessions.lease();
        try {
            FTPClient client = lease.client();
            client.setRestartOffset(offset);
            InputStream data = client.retrieveFileStream(file);
            if (data == null) {
                int reply = client.getReplyCode();
                lease.release(true);
                if (reply == FtpReplies.FILE_UNAVAILABLE) {
                    throw new BlobMissing(location());
                }
                throw new StorageUnavailable(FtpSessions.UNAVAILABLE, new IOException("RETR refused: reply " + reply));
            }
            return new FtpRangeStream(lease, data, length);
        } catch (IOException e) {
            lease.release(false);
            throw new StorageUnavailable(FtpSessions.UNAVAILABLE, e);
        }
    }
}
