package io.stowage.adapter.webdav;

import io.stowage.application.port.out.VolumeSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach the WebDAV collection that holds one volume's blobs. The credential is kept only as the
 * ready {@code Authorization} value, and {@link #toString} leaves it out, so the settings can be logged.
 */
record WebdavSettings(
        URI url,
        List<String> root,
        Optional<String> authorization,
        Duration connectTimeout,
        Duration ioTimeout,
        int maxConnections) {

    static final String URL = "url";
    static final String AUTH = "auth";
    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String TOKEN = "token";
    static final String ROOT = "root";
    static final String CONNECT_TIMEOUT = "connect-timeout";
    static final String IO_TIMEOUT = "io-timeout";
    static final String MAX_CONNECTIONS = "max-connections";

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

    /**
     * Reads one volume's settings; the defaults: no authentication, no root, 10 s to connect, 60 s of
     * silence before a request is given up, 16 connections.
     *
     * @throws VolumeSettings.InvalidVolumeSettings naming the setting, never its value
     */
    static WebdavSettings from(VolumeSettings volume) {
        URI url = url(volume, volume.required(URL));
        List<String> root = root(volume, volume.optional(ROOT).orElse(""));
        Optional<String> authorization = switch (volume.text(AUTH, "none").toLowerCase(Locale.ROOT)) {
            case "none" -> Optional.empty();
            case "basic" -> Optional.of(basic(volume));
            case "bearer" -> Optional.of("Bearer " + volume.required(TOKEN));
            default -> throw volume.invalid(AUTH, "must be none, basic or bearer");
        };
        Duration connect = volume.duration(CONNECT_TIMEOUT, "10s");
        Duration io = volume.duration(IO_TIMEOUT, "60s");
        int connections = volume.positiveInteger(MAX_CONNECTIONS, 16);
        return new WebdavSettings(url, root, authorization, connect, io, connections);
    }

    /** The server's collection the volume lives in, ending with a slash. */
    private static URI url(VolumeSettings volume, String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw volume.invalid(URL, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw volume.invalid(URL, "must be an http:// or https:// URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw volume.invalid(URL, "must not hold credentials: set auth, user and password instead");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw volume.invalid(URL, "must not have a query or a fragment");
        }
        StringBuilder path = new StringBuilder(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (path.length() == 0 || path.charAt(path.length() - 1) != '/') {
            path.append('/');
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /** The collections under the url that hold the volume, outermost first (created when missing). */
    private static List<String> root(VolumeSettings volume, String root) {
        List<String> segments = new ArrayList<>();
        for (String segment : root.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (!SAFE_SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                throw volume.invalid(ROOT, "must be a path of letters, digits, '.', '_', '~' and '-' segments");
            }
            segments.add(segment);
        }
        return List.copyOf(segments);
    }

    private static String basic(VolumeSettings volume) {
        String user = volume.required(USER);
        if (user.contains(":")) {
            throw volume.invalid(USER, "must not contain ':'");
        }
        String pair = user + ":" + volume.required(PASSWORD);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Leaves the credential out. */
    @Override
    public String toString() {
        return "WebdavSettings[url=" + url + ", root=" + root + ", auth=" + (authorization.isPresent() ? "set" : "none")
                + ", connectTimeout=" + connectTimeout + ", ioTimeout=" + ioTimeout
                + ", maxConnections=" + maxConnections + "]";
    }
}
