package io.stowage.adapter.webdav.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real WebDAV server for tests: nginx with its DAV and DAV-ext modules, started on loopback on a free
 * port with a configuration in a temp directory, basic auth from an htpasswd file written here. test.sh
 * installs nginx when missing; a machine without it fails these tests rather than skipping them.
 */
public final class NginxDav implements AutoCloseable {

    public static final String USER = "stowage";
    public static final String PASSWORD = "dav-secret-" + Long.toHexString(new SecureRandom().nextLong());
    static final Path DAV_EXT_MODULE = Path.of("/usr/lib/nginx/modules/ngx_http_dav_ext_module.so");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Path dir;
    private final Path root;
    private final int port;
    private final Process process;

    private NginxDav(Path dir, int port, Process process) {
        this.dir = dir;
        this.root = dir.resolve("root");
        this.port = port;
        this.process = process;
    }

    /** Starts nginx; fails with a clear message when nginx or its DAV-ext module is missing. */
    public static NginxDav start() {
        String nginx = Stream.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")
                .filter(path -> Files.isExecutable(Path.of(path))).findFirst()
                .orElseThrow(() -> new IllegalStateException("nginx is missing: run ./test.sh (it installs nginx-light"
                        + " and libnginx-mod-http-dav-ext) or apt-get install nginx-light libnginx-mod-http-dav-ext"));
        if (!Files.isRegularFile(DAV_EXT_MODULE)) {
            throw new IllegalStateException(DAV_EXT_MODULE + " is missing: apt-get install libnginx-mod-http-dav-ext");
        }
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                Path dir = Files.createTempDirectory("stowage-nginx-dav-");
                int port = freePort();
                NginxDav server = launch(nginx, dir, port);
                if (server != null) {
                    return server;
                }
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IllegalStateException("nginx did not start", last);
    }

    /** Starts nginx on {@code port}; null when it exited at once (the port was taken meanwhile). */
    private static NginxDav launch(String nginx, Path dir, int port) throws IOException {
        for (String sub : List.of("root", "tmp", "logs")) {
            Files.createDirectories(dir.resolve(sub));
        }
        Files.writeString(dir.resolve("htpasswd"), USER + ":" + ssha(PASSWORD) + "\n");
        Files.writeString(dir.resolve("nginx.conf"), config(dir, port));
        Process process = new ProcessBuilder(nginx, "-p", dir + "/", "-c", dir.resolve("nginx.conf").toString(),
                "-e", dir.resolve("logs/error.log").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/stdout.log").toFile())
                .start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return null;
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new NginxDav(dir, port, process);
            } catch (IOException notYet) {
                try {
                    process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        process.destroyForcibly();
        throw new IOException("nginx did not listen within " + START_TIMEOUT + "; see " + dir.resolve("logs"));
    }

    private static String config(Path dir, int port) {
        String d = dir.toString();
        return String.join("\n",
                "load_module " + DAV_EXT_MODULE + ";",
                "daemon off;",
                "master_process off;",
                "worker_processes 1;",
                "pid " + d + "/nginx.pid;",
                "error_log " + d + "/logs/error.log warn;",
                "events { worker_connections 256; }",
                "http {",
                "  access_log off;",
                "  client_max_body_size 0;",
                "  client_body_temp_path " + d + "/tmp;",
                "  proxy_temp_path " + d + "/tmp;",
                "  fastcgi_temp_path " + d + "/tmp;",
                "  uwsgi_temp_path " + d + "/tmp;",
                "  scgi_temp_path " + d + "/tmp;",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    root " + d + "/root;",
                "    location / {",
                "      auth_basic \"stowage\";",
                "      auth_basic_user_file " + d + "/htpasswd;",
                "      dav_methods PUT DELETE MKCOL COPY MOVE;",
                "      dav_ext_methods PROPFIND OPTIONS;",
                "      create_full_put_path on;",
                "      min_delete_depth 2;",
                "      dav_access user:rw;",
                "    }",
                "  }",
                "}",
                "");
    }

    /** RFC 2307 {SSHA}: base64(SHA-1(password + salt) + salt), one of the schemes nginx's auth_basic reads. */
    private static String ssha(String password) {
        try {
            byte[] salt = new byte[8];
            new SecureRandom().nextBytes(salt);
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            sha1.update(salt);
            byte[] digest = sha1.digest();
            byte[] both = new byte[digest.length + salt.length];
            System.arraycopy(digest, 0, both, 0, digest.length);
            System.arraycopy(salt, 0, both, digest.length, salt.length);
            return "{SSHA}" + Base64.getEncoder().encodeToString(both);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** The server's base URL, ending with a slash. */
    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** The directory nginx serves, to look at what really landed on the server. */
    public Path root() {
        return root;
    }

    /** Every regular file under the served directory, relative to it, as "a/b/c". */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteQuietly(dir);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory; the OS cleans it eventually
        }
    }
}
