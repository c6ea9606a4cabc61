package io.stowage.adapter.sftp;

import io.stowage.application.port.out.DependencyCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.CloseableHandle;
import org.apache.sshd.sftp.client.impl.AbstractSftpClient;
import org.apache.sshd.sftp.client.impl.SftpOutputStreamAsync;

/**
 * Proves the volume takes durable writes: connects (host key and login included), writes a small probe
 * file under {@code <root>/.stowage-probe}, flushes it, renames it, reads it back and deletes it, the same
 * steps an upload and a removal need. Reasons are short and name no path or credential.
 */
final class SftpVolumeCheck implements DependencyCheck {

    static final String NAME = "sftp";
    private static final byte[] PROBE = "probe".getBytes(StandardCharsets.US_ASCII);

    private final SftpConnection connection;
    private final BlobPaths paths;

    SftpVolumeCheck(SftpConnection connection, BlobPaths paths) {
        this.connection = connection;
        this.paths = paths;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void check() {
        SftpClient sftp;
        try {
            sftp = connection.channel();
        } catch (IOException | RuntimeException e) {
            String refused = connection.refusedHostKey();
            if (refused != null) {
                throw new IllegalStateException("the server's host key " + refused
                        + " does not match host-key-fingerprint", e);
            }
            throw failed("connect failed", e);
        }
        String id = UUID.randomUUID().toString();
        String partial = paths.probeDirectory() + "/." + id + BlobPaths.PARTIAL_SUFFIX;
        String probe = paths.probeDirectory() + "/" + id;
        try {
            RemoteDirectories.createOne(sftp, paths.probeDirectory());
            try (CloseableHandle handle = RemoteFiles.create(sftp, partial)) {
                try (OutputStream out = new SftpOutputStreamAsync((AbstractSftpClient) sftp,
                        SftpBlobStore.WRITE_CHUNK, partial, handle, false)) {
                    out.write(PROBE);
                }
                RemoteFiles.flush(sftp, handle);
            }
            RemoteFiles.rename(sftp, partial, probe);
        } catch (IOException | RuntimeException e) {
            throw failed("probe write failed", e);
        }
        try (InputStream in = sftp.read(probe)) {
            if (!Arrays.equals(PROBE, in.readAllBytes())) {
                throw new IllegalStateException("probe read back different bytes");
            }
        } catch (IOException | RuntimeException e) {
            throw failed("probe read failed", e);
        }
        try {
            RemoteFiles.removeIfExists(sftp, probe);
        } catch (IOException | RuntimeException e) {
            throw failed("probe delete failed", e);
        }
    }

    private static IllegalStateException failed(String step, Exception cause) {
        return new IllegalStateException(step + ": " + rootCause(cause).getClass().getSimpleName(), cause);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
