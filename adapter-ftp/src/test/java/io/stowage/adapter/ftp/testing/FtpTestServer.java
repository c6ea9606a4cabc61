package io.stowage.adapter.ftp.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * Apache FtpServer, in this process, on a free loopback port, with one user whose home is a fresh
 * directory; for the FTP driver's tests and bootstrap's end-to-end test.
 */
public final class FtpTestServer implements AutoCloseable {

    public static final String USER = "stowage";
    public static final String PASSWORD = "ftp-test-secret";

    private final FtpServer server;
    private final Listener listener;
    private final Path home;

    private FtpTestServer(FtpServer server, Listener listener, Path home) {
        this.server = server;
        this.listener = listener;
        this.home = home;
    }

    public static FtpTestServer start() throws IOException, FtpException {
        Path home = Files.createTempDirectory("stowage-ftp-home");
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listenerFactory = new ListenerFactory();
        listenerFactory.setServerAddress("127.0.0.1");
        listenerFactory.setPort(0);
        listenerFactory.setIdleTimeout(120);
        Listener listener = listenerFactory.createListener();
        factory.addListener("default", listener);
        ConnectionConfigFactory connections = new ConnectionConfigFactory();
        connections.setMaxLogins(200);
        connections.setMaxThreads(0);
        connections.setAnonymousLoginEnabled(false);
        factory.setConnectionConfig(connections.createConnectionConfig());
        factory.setUserManager(userManager(home));
        FtpServer server = factory.createServer();
        server.start();
        return new FtpTestServer(server, listener, home);
    }

    private static UserManager userManager(Path home) throws FtpException {
        UserManager users = new PropertiesUserManagerFactory().createUserManager();
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(home.toString());
        user.setMaxIdleTime(0);
        user.setAuthorities(List.of(new WritePermission()));
        users.save(user);
        return users;
    }

    /** The settings of a volume on this server under {@code root}, as a configuration file would give them. */
    public java.util.Map<String, String> volumeSettings(String root) {
        return java.util.Map.of("host", "127.0.0.1", "port", Integer.toString(port()), "user", USER,
                "password", PASSWORD, "root", root, "connect-timeout", "5s", "io-timeout", "20s");
    }

    public int port() {
        return listener.getPort();
    }

    /** The user's home on this machine: what the server holds, for tests to look at directly. */
    public Path home() {
        return home;
    }

    /** Every regular file under the home, as paths relative to it. */
    public List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(home)) {
            return walk.filter(Files::isRegularFile).map(file -> home.relativize(file).toString()).sorted().toList();
        }
    }

    @Override
    public void close() throws IOException {
        server.stop();
        try (Stream<Path> walk = Files.walk(home)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
