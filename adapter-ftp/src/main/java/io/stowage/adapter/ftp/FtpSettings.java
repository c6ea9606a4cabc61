package io.stowage.adapter.ftp;

import io.stowage.application.port.out.VolumeSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the FTP server that holds one volume's blobs, as configured under
 * {@code stowage.volumes.<name>.}. The password never appears in {@link #toString()} or in a message.
 */
record FtpSettings(
        String host,
        int port,
        String user,
        String password,
        String root,
        boolean passive,
        FtpTls tls,
        Duration connectTimeout,
        Duration ioTimeout,
        int poolSize) {

    static final String HOST = "host";
    static final String PORT = "port";
    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String ROOT = "root";
    static final String PASSIVE = "passive";
    static final String TLS = "tls";
    static final String CONNECT_TIMEOUT = "connect-timeout";
    static final String IO_TIMEOUT = "io-timeout";
    static final String POOL_SIZE = "pool-size";

    FtpSettings {
        Objects.requireNonNull(host, HOST);
        Objects.requireNonNull(user, USER);
        Objects.requireNonNull(password, PASSWORD);
        Objects.requireNonNull(root, ROOT);
        Objects.requireNonNull(tls, TLS);
        Objects.requireNonNull(connectTimeout, CONNECT_TIMEOUT);
        Objects.requireNonNull(ioTimeout, IO_TIMEOUT);
    }

    /**
     * Reads one volume's settings. Defaults: port 21 (990 with implicit TLS), root "/" (the login
     * directory's top), passive on, tls none, 10 s to connect, 60 s per read, 8 pooled connections.
     */
    static FtpSettings from(VolumeSettings volume) {
        FtpTls tls = FtpTls.parse(volume.text(TLS, "none"))
                .orElseThrow(() -> volume.invalid(TLS, "must be none, explicit or implicit"));
        return new FtpSettings(
                volume.required(HOST),
                volume.integer(PORT, tls == FtpTls.IMPLICIT ? 990 : 21, 1, 65_535),
                volume.required(USER),
                volume.required(PASSWORD),
                root(volume),
                volume.flag(PASSIVE, true),
                tls,
                timeout(volume, CONNECT_TIMEOUT, "10s"),
                timeout(volume, IO_TIMEOUT, "60s"),
                volume.integer(POOL_SIZE, 8, 1, 256));
    }

    /** The root without a trailing slash; "" is the login directory, "/" prefixed means absolute. */
    private static String root(VolumeSettings volume) {
        String root = volume.text(ROOT, "/");
        if (root.contains("\\") || root.contains("\n") || root.contains("\r") || root.contains("..")) {
            throw volume.invalid(ROOT, "must be a plain /-separated directory path");
        }
        while (root.length() > 1 && root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        return root.equals("/") ? "" : root;
    }

    /** A positive duration short enough for the client's int milliseconds. */
    private static Duration timeout(VolumeSettings volume, String key, String fallback) {
        Duration value = VolumeSettings.parseDuration(volume.text(key, fallback))
                .orElseThrow(() -> volume.invalid(key, "must be a duration such as 10s, 500ms or PT1M"));
        if (value.isZero() || value.isNegative() || value.toMillis() > Integer.MAX_VALUE) {
            throw volume.invalid(key, "must be a positive duration such as 10s");
        }
        return value;
    }

    /** Leaves the password out, so the settings can be logged. */
    @Override
    public String toString() {
        return "FtpSettings[host=" + host + ", port=" + port + ", user=" + user + ", root=" + root
                + ", passive=" + passive + ", tls=" + tls.setting() + ", connectTimeout=" + connectTimeout
                + ", ioTimeout=" + ioTimeout + ", poolSize=" + poolSize + "]";
    }
}
