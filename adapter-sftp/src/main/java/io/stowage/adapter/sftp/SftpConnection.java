package io.stowage.adapter.sftp;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * One SSH session to the server, opened on first use and again whenever it dropped, carrying a fixed
 * number of SFTP channels. A channel multiplexes requests (each has an id, and the client waits for its
 * own answer), so threads share channels round-robin instead of borrowing them: a slow download holds a
 * file handle, never a whole channel, and the TCP connection and authentication are paid once.
 *
 * <p>Every answer is awaited at most {@code io-timeout} (MINA's session idle timeout, which also closes a
 * session left idle that long; the next call reconnects).
 */
final class SftpConnection implements AutoCloseable {

    private final SftpSettings settings;
    private final ClientIdentity identity;
    private final SshClient client;
    private final HostKeyPin pin;
    private final SftpClient[] channels;
    private final AtomicInteger next = new AtomicInteger();
    private ClientSession session;
    private boolean closed;

    SftpConnection(SftpSettings settings, ClientIdentity identity) {
        this.settings = settings;
        this.identity = identity;
        this.channels = new SftpClient[settings.channels()];
        this.client = SshClient.setUpDefaultClient();
        this.pin = settings.hostKeyFingerprint().map(HostKeyPin::new).orElse(null);
        client.setServerKeyVerifier(pin != null ? pin : AcceptAllServerKeyVerifier.INSTANCE);
        CoreModuleProperties.IDLE_TIMEOUT.set(client, settings.ioTimeout());
        CoreModuleProperties.AUTH_TIMEOUT.set(client, settings.connectTimeout());
        CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, settings.connectTimeout());
        SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, settings.connectTimeout());
        client.start();
    }

    /** A live SFTP channel, connecting (and creating the root directory) first when there is no session. */
    SftpClient channel() throws IOException {
        int slot = Math.floorMod(next.getAndIncrement(), channels.length);
        synchronized (this) {
            if (closed) {
                throw new IOException("the SFTP volume is closed");
            }
            if (session == null || !session.isOpen()) {
                connect();
            }
            SftpClient channel = channels[slot];
            if (channel == null || !channel.isOpen()) {
                channel = SftpClientFactory.instance().createSftpClient(session);
                channels[slot] = channel;
            }
            return channel;
        }
    }

    /** The fingerprint of a host key refused at the last connection, for the health check's reason. */
    String refusedHostKey() {
        return pin == null ? null : pin.lastRefused();
    }

    private void connect() throws IOException {
        dropSession();
        ConnectFuture connecting = client.connect(settings.user(), settings.host(), settings.port());
        ClientSession opened = connecting.verify(settings.connectTimeout()).getSession();
        try {
            identity.offerTo(opened);
            opened.auth().verify(settings.connectTimeout());
            SftpClient first = SftpClientFactory.instance().createSftpClient(opened);
            RemoteDirectories.create(first, settings.root());
            session = opened;
            channels[0] = first;
        } catch (IOException | RuntimeException e) {
            closeQuietly(opened, e);
            throw e;
        }
    }

    private void dropSession() {
        for (int i = 0; i < channels.length; i++) {
            if (channels[i] != null) {
                try {
                    channels[i].close();
                } catch (IOException ignored) {
                    // the session under it is gone anyway
                }
                channels[i] = null;
            }
        }
        if (session != null) {
            session.close(true);
            session = null;
        }
    }

    private static void closeQuietly(ClientSession session, Exception failure) {
        try {
            session.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Stops the session and the client's I/O threads. */
    @Override
    public synchronized void close() {
        closed = true;
        dropSession();
        client.stop();
    }
}
