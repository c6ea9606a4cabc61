package io.stowage.adapter.ftp;

import io.stowage.domain.error.StorageUnavailable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.apache.commons.net.ftp.FTPClient;

/**
 * The volume's health check: the root is made if missing, then a small file beside the buckets is
 * written, read back and deleted, the same commands an upload, a download and a removal need. Its name
 * starts with a dot, which no bucket's may, so a listing never mistakes it for anything. Reasons are short
 * and name no path, host or credential.
 */
final class FtpProbe {

    private static final byte[] CONTENT = "stowage probe".getBytes(StandardCharsets.US_ASCII);

    private final FtpSessions sessions;
    private final FtpLayout layout;
    private final FtpDirectories directories;

    FtpProbe(FtpSessions sessions, FtpLayout layout, FtpDirectories directories) {
        this.sessions = sessions;
        this.layout = layout;
        this.directories = directories;
    }

    void run() {
        String root = layout.root();
        String file = (root.endsWith("/") ? root : root + "/") + ".stowage-probe-" + UUID.randomUUID();
        try {
            sessions.run(client -> {
                if (!root.equals("/")) {
                    directories.ensure(client, root);
                }
                write(client, file);
                read(client, file);
                if (!client.deleteFile(file)) {
                    throw new IOException("probe delete refused: reply " + client.getReplyCode());
                }
                return null;
            });
        } catch (StorageUnavailable e) {
            throw new IllegalStateException(reason(e), e);
        }
    }

    private static void write(FTPClient client, String file) throws IOException {
        if (!client.storeFile(file, new ByteArrayInputStream(CONTENT))) {
            throw new IOException("probe write refused: reply " + client.getReplyCode());
        }
    }

    private static void read(FTPClient client, String file) throws IOException {
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        if (!client.retrieveFile(file, back) || !Arrays.equals(CONTENT, back.toByteArray())) {
            client.deleteFile(file);
            throw new IOException("probe read back failed: reply " + client.getReplyCode());
        }
    }

    private static String reason(StorageUnavailable failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof IOException && cause.getMessage() != null && cause.getMessage().contains("reply")) {
            return cause.getMessage();
        }
        return "FTP server unreachable: " + (cause == null ? "unknown" : cause.getClass().getSimpleName());
    }
}
