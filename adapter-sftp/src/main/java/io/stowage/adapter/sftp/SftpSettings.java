package io.stowage.adapter.sftp;

import io.stowage.application.port.out.VolumeSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach the SFTP server that holds one volume's blobs, read from
 * {@code stowage.volumes.<name>.*}. The password, private key and passphrase never appear in
 * {@link #toString()} or in a message.
 */
record SftpSettings(
        String host,
        int port,
        String user,
        Optional<String> password,
        Optional<String> privateKey,
        Optional<String> passphrase,
        String root,
        Optional<String> hostKeyFingerprint,
        Duration connectTimeout,
        Duration ioTimeout,
        int channels) {

    static final String HOST = "host";
    static final String PORT = "port";
    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String PRIVATE_KEY = "private-key";
    static final String PASSPHRASE = "passphrase";
    static final String ROOT = "root";
    static final String HOST_KEY_FINGERPRINT = "host-key-fingerprint";
    static final String HOST_KEY_CHECK = "host-key-check";
    static final String CONNECT_TIMEOUT = "connect-timeout";
    static final String IO_TIMEOUT = "io-timeout";
    static final String CHANNELS = "channels";

    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}=?");

    /**
     * Reads one volume's settings; the defaults: port 22, root {@code stowage} (relative to the login
     * directory), 10 s to connect, 60 s per answer, 4 SFTP channels. Refuses a volume whose host key is
     * not pinned unless {@code host-key-check: false} says so explicitly.
     */
    static SftpSettings from(VolumeSettings volume) {
        Optional<String> password = volume.optional(PASSWORD);
        Optional<String> privateKey = volume.optional(PRIVATE_KEY);
        if (password.isEmpty() && privateKey.isEmpty()) {
            throw volume.invalid(PASSWORD, "or " + volume.prefix() + PRIVATE_KEY + " must be set");
        }
        boolean checkHostKey = volume.flag(HOST_KEY_CHECK, true);
        Optional<String> fingerprint = volume.optional(HOST_KEY_FINGERPRINT);
        if (checkHostKey && fingerprint.isEmpty()) {
            throw volume.invalid(HOST_KEY_FINGERPRINT, "must be set (SHA256:... as ssh-keygen -lf prints it),"
                    + " unless " + volume.prefix() + HOST_KEY_CHECK + " is false, which is for tests only");
        }
        if (fingerprint.isPresent() && !FINGERPRINT.matcher(fingerprint.get()).matches()) {
            throw volume.invalid(HOST_KEY_FINGERPRINT, "must look like SHA256: followed by 43 base64 characters");
        }
        return new SftpSettings(
                volume.required(HOST),
                volume.integer(PORT, 22, 1, 65_535),
                volume.required(USER),
                password,
                privateKey,
                volume.optional(PASSPHRASE),
                root(volume),
                checkHostKey ? fingerprint : Optional.empty(),
                volume.duration(CONNECT_TIMEOUT, "10s"),
                volume.duration(IO_TIMEOUT, "60s"),
                volume.integer(CHANNELS, 4, 1, 32));
    }

    boolean checksHostKey() {
        return hostKeyFingerprint.isPresent();
    }

    /** "stowage", "/srv/blobs/" or "a//b" become "stowage", "/srv/blobs" and a refusal. */
    private static String root(VolumeSettings volume) {
        String text = volume.text(ROOT, "stowage");
        boolean absolute = text.startsWith("/");
        String trimmed = text.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty() || trimmed.contains("//") || ("/" + trimmed + "/").contains("/../")
                || ("/" + trimmed + "/").contains("/./")) {
            throw volume.invalid(ROOT, "must be a directory path without empty, '.' or '..' segments");
        }
        return absolute ? "/" + trimmed : trimmed;
    }

    /** Leaves the secrets out, so the settings can be logged. */
    @Override
    public String toString() {
        return "SftpSettings[host=" + host + ", port=" + port + ", user=" + user
                + ", auth=" + (privateKey.isPresent() ? "private-key" : "password") + ", root=" + root
                + ", hostKeyFingerprint=" + hostKeyFingerprint.orElse("(not checked)")
                + ", connectTimeout=" + connectTimeout + ", ioTimeout=" + ioTimeout + ", channels=" + channels + "]";
    }
}
