package io.stowage.adapter.sftp;

import java.io.IOException;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/** Creates remote directories, tolerating one that exists already (made by another writer, say). */
final class RemoteDirectories {

    private RemoteDirectories() {
    }

    /** Creates {@code path} and its missing parents, like {@code mkdir -p}. */
    static void create(SftpClient sftp, String path) throws IOException {
        StringBuilder prefix = new StringBuilder(path.startsWith("/") ? "/" : "");
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (prefix.length() > 0 && prefix.charAt(prefix.length() - 1) != '/') {
                prefix.append('/');
            }
            prefix.append(segment);
            createOne(sftp, prefix.toString());
        }
    }

    /** Creates one directory whose parent exists. */
    static void createOne(SftpClient sftp, String path) throws IOException {
        try {
            sftp.mkdir(path);
        } catch (SftpException e) {
            // servers answer an existing directory with FAILURE or FILE_ALREADY_EXISTS: look before failing
            if (!isDirectory(sftp, path)) {
                throw e;
            }
        }
    }

    private static boolean isDirectory(SftpClient sftp, String path) throws IOException {
        try {
            return sftp.stat(path).isDirectory();
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return false;
            }
            throw e;
        }
    }
}
