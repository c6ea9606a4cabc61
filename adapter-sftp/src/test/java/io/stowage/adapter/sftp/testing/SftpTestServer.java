package io.stowage.adapter.sftp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * MINA SSHD's own SSH server with its SFTP subsystem, in process on a random loopback port: password
 * login (and, when given, one accepted public key), a host key generated in memory, and a virtual file
 * system rooted in a fresh temp directory.
 */
public final class SftpTestServer implements AutoCloseable {

    public static final String USER = "stowage";
    public static final String PASSWORD = "correct horse battery staple";

    private final SshServer server;
    private final Path home;
    private final String fingerprint;

    private SftpTestServer(SshServer server, Path home, String fingerprint) {
        this.server = server;
        this.home = home;
        this.fingerprint = fingerprint;
    }

    public static SftpTestServer start() {
        return start(null);
    }

    /** Starts a server that also accepts {@code acceptedKey} for {@link #USER}, when not null. */
    public static SftpTestServer start(PublicKey acceptedKey) {
        try {
            Path home = Files.createTempDirectory("stowage-sftp-home-");
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider();
            server.setKeyPairProvider(hostKeys);
            server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
            if (acceptedKey != null) {
                server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user)
                        && KeyUtils.compareKeys(acceptedKey, key));
            }
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(home));
            server.start();
            KeyPair hostKey = hostKeys.loadKeys(null).iterator().next();
            return new SftpTestServer(server, home, KeyUtils.getFingerPrint(BuiltinDigests.sha256, hostKey.getPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The directory the SFTP user sees as {@code /}. */
    public Path home() {
        return home;
    }

    /** The host key's fingerprint, as {@code ssh-keygen -lf} prints it. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The settings of an {@code sftp} volume on this server under {@code root}, keys without a prefix. */
    public Map<String, String> volumeSettings(String root) {
        Map<String, String> settings = new HashMap<>();
        settings.put("host", "127.0.0.1");
        settings.put("port", String.valueOf(port()));
        settings.put("user", USER);
        settings.put("password", PASSWORD);
        settings.put("root", root);
        settings.put("host-key-fingerprint", fingerprint);
        return settings;
    }

    /** Every regular file under the home directory, relative to it, with '/' separators. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(home)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> home.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
