package io.stowage.adapter.ftp;

import io.stowage.application.port.out.blob.BulkInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/**
 * The bytes of one range, read from a RETR that started at the range's offset. It stops after its length;
 * the transfer usually goes on past it, so closing ends the data connection early, then reads the
 * server's answer to the cut transfer and checks with NOOP that the control connection is in step again.
 * Only then does the connection go back to the pool; otherwise it is dropped.
 */
final class FtpRangeStream extends BulkInputStream {

    private final FtpSessions.Lease lease;
    private final InputStream data;
    private long remaining;
    private boolean closed;

    FtpRangeStream(FtpSessions.Lease lease, InputStream data, long length) {
        this.lease = lease;
        this.data = data;
        this.remaining = length;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (closed) {
            throw new IOException("stream closed");
        }
        if (remaining == 0) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        int read = data.read(target, offset, (int) Math.min(length, remaining));
        if (read < 0) {
            throw new IOException("the FTP transfer ended " + remaining + " bytes early");
        }
        remaining -= read;
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        return super.skip(Math.min(count, remaining));
    }

    @Override
    public int available() throws IOException {
        return closed ? 0 : (int) Math.min(data.available(), remaining);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        lease.release(resynchronised(lease.client()));
    }

    private boolean resynchronised(FTPClient client) {
        try {
            data.close();
            // 226 when the transfer had ended anyway, 426 or 451 when it was cut: either way one reply
            client.completePendingCommand();
            // exactly 200: a stray second reply to the cut transfer (a 226 after the 426) would mean out of step
            return client.noop() == FTPReply.COMMAND_OK;
        } catch (IOException e) {
            return false;
        }
    }
}
