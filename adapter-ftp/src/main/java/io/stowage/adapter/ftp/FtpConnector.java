package io.stowage.adapter.ftp;

import io.stowage.application.port.out.blob.MeasuredCopy;
import java.io.IOException;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;

/**
 * Opens one logged-in control connection per call, configured for blobs: binary type, stream mode,
 * passive (or active) data connections, the configured timeouts, and for FTPS protected data (PROT P).
 * Failures say which step failed and the server's reply code, never the password.
 */
final class FtpConnector {

    private final FtpSettings settings;

    FtpConnector(FtpSettings settings) {
        this.settings = settings;
    }

    FTPClient connect() throws IOException {
        FTPClient client = newClient();
        int ioMillis = (int) settings.ioTimeout().toMillis();
        client.setConnectTimeout((int) settings.connectTimeout().toMillis());
        client.setDefaultTimeout(ioMillis);
        client.setDataTimeout(settings.ioTimeout());
        try {
            client.connect(settings.host(), settings.port());
            client.setSoTimeout(ioMillis);
            if (!FTPReply.isPositiveCompletion(client.getReplyCode())) {
                throw new IOException("server refused the connection: reply " + client.getReplyCode());
            }
            if (client instanceof FTPSClient secure) {
                secure.execPBSZ(0);
                secure.execPROT("P");
            }
            if (!client.login(settings.user(), settings.password())) {
                throw new IOException("login refused: reply " + client.getReplyCode());
            }
            if (!client.setFileType(FTP.BINARY_FILE_TYPE)) {
                throw new IOException("binary type refused: reply " + client.getReplyCode());
            }
            if (settings.passive()) {
                client.enterLocalPassiveMode();
            } else {
                client.enterLocalActiveMode();
            }
            return client;
        } catch (IOException | RuntimeException e) {
            disconnectQuietly(client);
            throw e;
        }
    }

    static void disconnectQuietly(FTPClient client) {
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
        } catch (IOException ignored) {
            // the connection is being thrown away; nothing more can go wrong with it
        }
    }

    private FTPClient newClient() {
        FTPClient client = switch (settings.tls()) {
            case NONE -> new FTPClient();
            case EXPLICIT -> new FTPSClient("TLS", false);
            case IMPLICIT -> new FTPSClient("TLS", true);
        };
        if (client instanceof FTPSClient secure) {
            // a certificate for another host must not be accepted
            secure.setEndpointCheckingEnabled(true);
        }
        // partials and probes are found by name; dot files need not be listed
        client.setListHiddenFiles(false);
        client.setBufferSize(MeasuredCopy.BUFFER_BYTES);
        return client;
    }
}
