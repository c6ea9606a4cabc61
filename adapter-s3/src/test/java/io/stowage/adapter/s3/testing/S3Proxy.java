package io.stowage.adapter.s3.testing;

import io.minio.ListMultipartUploadsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.minio.messages.ListMultipartUploadsResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real S3 server for the tests: s3proxy over its filesystem provider, run as its own process on a free
 * loopback port with a fresh data directory. {@link S3ProxyExtension} starts one per test run.
 */
public final class S3Proxy implements AutoCloseable {

    public static final String ACCESS_KEY = "stowage-test";
    public static final String SECRET_KEY = "stowage-test-secret-4f1d";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private final MinioClient admin;
    private final MinioAsyncClient adminAsync;

    private S3Proxy(Process process, Path dataDirectory, Path log, int port) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.port = port;
        this.admin = MinioClient.builder().endpoint(endpoint()).region("us-east-1")
                .credentials(ACCESS_KEY, SECRET_KEY).build();
        this.adminAsync = MinioAsyncClient.builder().endpoint(endpoint()).region("us-east-1")
                .credentials(ACCESS_KEY, SECRET_KEY).build();
    }

    public static S3Proxy start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("stowage.test.s3proxy.jar", "target/s3proxy/s3proxy.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no s3proxy jar at " + jar.toAbsolutePath()
                    + "; run the tests through Maven, which fetches it");
        }
        int port = freePort();
        Path dataDirectory = Files.createTempDirectory("stowage-s3proxy-");
        Path properties = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + dataDirectory,
                ""), StandardCharsets.UTF_8);
        Path log = jar.resolveSibling("s3proxy-" + port + ".log");
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "--properties", properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        S3Proxy proxy = new S3Proxy(process, dataDirectory, log, port);
        proxy.awaitAnswer();
        return proxy;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public void createBucket(String bucket) {
        try {
            admin.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        } catch (Exception e) {
            throw new IllegalStateException("could not create test bucket " + bucket, e);
        }
    }

    /** Every object key in the bucket, in S3's order. */
    public List<String> keys(String bucket) {
        List<String> keys = new ArrayList<>();
        try {
            for (Result<Item> item : admin.listObjects(ListObjectsArgs.builder().bucket(bucket).recursive(true).build())) {
                keys.add(item.get().objectName());
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not list " + bucket, e);
        }
        return keys;
    }

    /** The keys of multipart uploads begun and neither completed nor aborted. */
    public List<String> incompleteUploads(String bucket) {
        List<String> keys = new ArrayList<>();
        for (ListMultipartUploadsResult.Upload upload : adminAsync.listMultipartUploads(ListMultipartUploadsArgs.builder().bucket(bucket).build())
                .join().result().uploads()) {
            keys.add(upload.objectName());
        }
        return keys;
    }

    public MinioClient admin() {
        return admin;
    }

    /** Stops the server and removes its data; the admin clients go first, while it still answers. */
    @Override
    public void close() throws IOException {
        try {
            closeClients();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            deleteRecursively(dataDirectory);
            Files.deleteIfExists(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".properties"));
        }
    }

    private void closeClients() {
        adminAsync.close();
        try {
            admin.close();
        } catch (Exception e) {
            // closing only shuts down its HTTP threads; nothing to report at the end of a run
        }
    }

    /** Any HTTP answer will do: without credentials s3proxy says 403, which proves it listens. */
    private void awaitAnswer() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("s3proxy exited at start:\n" + Files.readString(log));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint() + "/").toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                connection.getResponseCode();
                connection.disconnect();
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("s3proxy did not answer within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
