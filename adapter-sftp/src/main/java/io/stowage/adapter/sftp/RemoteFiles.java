package io.stowage.adapter.sftp;

import java.io.IOException;
import java.util.EnumSet;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.CloseableHandle;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHFsyncExtension;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;

/**
 * The few file steps a durable publish needs, using the OpenSSH extensions when the server offers them:
 * {@code fsync@openssh.com} to flush a written file to the server's disk, {@code posix-rename@openssh.com}
 * for an atomic rename. Without them the base protocol's rename is used (which refuses an existing target,
 * harmless since blob names are never reused) and the flush is up to the server.
 */
final class RemoteFiles {

    private RemoteFiles() {
    }

    /** Opens a new file for writing; refuses one that exists, rather than mixing two writers. */
    static CloseableHandle create(SftpClient sftp, String path) throws IOException {
        return sftp.open(path, EnumSet.of(OpenMode.Write, OpenMode.Create, OpenMode.Exclusive));
    }

    /** Flushes the file to stable storage; answers whether the server could promise that. */
    static boolean flush(SftpClient sftp, CloseableHandle handle) throws IOException {
        OpenSSHFsyncExtension fsync = sftp.getExtension(OpenSSHFsyncExtension.class);
        if (fsync == null || !fsync.isSupported()) {
            return false;
        }
        fsync.fsync(handle);
        return true;
    }

    static void rename(SftpClient sftp, String from, String to) throws IOException {
        OpenSSHPosixRenameExtension posix = sftp.getExtension(OpenSSHPosixRenameExtension.class);
        if (posix != null && posix.isSupported()) {
            posix.posixRename(from, to);
        } else {
            sftp.rename(from, to);
        }
    }

    /** Removes a file; a missing one is no error. */
    static void removeIfExists(SftpClient sftp, String path) throws IOException {
        try {
            sftp.remove(path);
        } catch (IOException e) {
            if (!SftpFailures.isMissing(e)) {
                throw e;
            }
        }
    }
}
