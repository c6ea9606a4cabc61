package io.stowage.adapter.sftp;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.blob.StreamedBlobContent;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.CloseableHandle;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.client.impl.AbstractSftpClient;
import org.apache.sshd.sftp.client.impl.SftpInputStreamAsync;

/**
 * A blob found by {@link SftpBlobStore#open}: its size, and a file handle per stream, read from the
 * range's offset with pipelined READ requests (at most one channel window ahead), so several ranges can
 * be read at once. Like S3 and unlike a local file, it does not pin the bytes: a blob deleted after
 * opening answers {@link BlobMissing} to the next {@link #stream}.
 */
final class SftpBlobContent extends StreamedBlobContent {

    static final int READ_CHUNK = 32 * 1024;

    private final SftpConnection connection;
    private final String path;

    SftpBlobContent(SftpConnection connection, String path, long size, BlobLocation location) {
        super(size, location);
        this.connection = connection;
        this.path = path;
    }

    /**
     * @throws BlobMissing when the blob was deleted since it was opened
     * @throws io.stowage.domain.error.StorageUnavailable when the server cannot be reached
     */
    @Override
    protected InputStream openRange(long offset, long length) throws IOException {
        CloseableHandle handle;
        SftpClient sftp;
        try {
            sftp = connection.channel();
            handle = sftp.open(path, EnumSet.of(OpenMode.Read));
        } catch (IOException e) {
            if (SftpFailures.isMissing(e)) {
                throw new BlobMissing(location());
            }
            throw SftpFailures.unavailable(e);
        }
        // the stream closes the handle; its read-ahead stops at the range's end
        return new RangeInputStream(new SftpInputStreamAsync((AbstractSftpClient) sftp, READ_CHUNK, offset,
                offset + length, path, handle), length);
    }
}
