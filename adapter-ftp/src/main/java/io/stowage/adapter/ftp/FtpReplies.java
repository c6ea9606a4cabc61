package io.stowage.adapter.ftp;

import io.stowage.domain.error.InsufficientStorage;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.error.StorageUnavailable;
import java.io.IOException;
import org.apache.commons.net.ftp.FTPClient;

/**
 * Reads the FTP reply codes that matter to a blob store and turns refusals into domain errors. Messages
 * stay fixed and name no path, host or credential: they may reach a client. The reply code rides along in
 * the cause, for the logs.
 */
final class FtpReplies {

    /** 550: the file is not there (or not reachable, which a second look tells apart). */
    static final int FILE_UNAVAILABLE = 550;
    /** 452 and 552: the server ran out of room for the file. */
    private static final int INSUFFICIENT_STORAGE = 452;
    private static final int EXCEEDED_ALLOCATION = 552;
    /** 500, 502, 504: the command (SIZE, MLSD) is not known to this server. */
    private static final int UNKNOWN_COMMAND = 500;
    private static final int NOT_IMPLEMENTED = 502;
    private static final int NOT_IMPLEMENTED_FOR_PARAMETER = 504;

    private FtpReplies() {
    }

    static boolean isUnsupported(int reply) {
        return reply == UNKNOWN_COMMAND || reply == NOT_IMPLEMENTED || reply == NOT_IMPLEMENTED_FOR_PARAMETER;
    }

    /** The error for a refused write: the volume is full, or the store is unavailable. */
    static StorageException refusedWrite(FTPClient client, String step, String volume) {
        int reply = client.getReplyCode();
        if (reply == INSUFFICIENT_STORAGE || reply == EXCEEDED_ALLOCATION) {
            InsufficientStorage full = new InsufficientStorage(volume);
            full.initCause(new IOException(step + " refused: reply " + reply));
            return full;
        }
        return refused(client, step);
    }

    /** A refusal the store cannot work around. */
    static StorageUnavailable refused(FTPClient client, String step) {
        return new StorageUnavailable(FtpSessions.UNAVAILABLE,
                new IOException(step + " refused: reply " + client.getReplyCode()));
    }
}
