package io.stowage.adapter.sftp;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.domain.error.InsufficientStorage;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.error.StorageUnavailable;
import java.io.IOException;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * Translates what the SFTP client throws into domain terms at the adapter boundary. Messages stay fixed
 * and name no host, path or credential: they may reach a client. The client's error rides along as the
 * cause, for the logs.
 */
final class SftpFailures {

    static final String UNAVAILABLE = "blob store unavailable";

    private SftpFailures() {
    }

    /** Whether the server answered "no such file", as opposed to failing to answer. */
    static boolean isMissing(Throwable failure) {
        return failure instanceof SftpException sftp
                && (sftp.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE
                || sftp.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH);
    }

    /**
     * A full disk or quota becomes {@link InsufficientStorage}; anything else (a dropped or timed-out
     * session, a refused login, a server error) {@link StorageUnavailable}, which the API answers 503.
     */
    static StorageException translate(IOException failure, BlobLocation location) {
        if (isOutOfSpace(failure)) {
            return new InsufficientStorage(location.volume().value());
        }
        return unavailable(failure);
    }

    static StorageUnavailable unavailable(Exception failure) {
        return new StorageUnavailable(UNAVAILABLE, failure);
    }

    /** SFTP v5+ has status codes for it; v3 servers (OpenSSH) send FAILURE with the OS message. */
    private static boolean isOutOfSpace(IOException failure) {
        if (failure instanceof SftpException sftp && (sftp.getStatus() == SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM
                || sftp.getStatus() == SftpConstants.SSH_FX_QUOTA_EXCEEDED)) {
            return true;
        }
        String message = String.valueOf(failure.getMessage());
        return message.contains("No space left on device") || message.contains("Disk quota exceeded");
    }
}
