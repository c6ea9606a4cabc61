package io.stowage.bootstrap.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged server killed with SIGKILL at the worst moments of an upload, then restarted on the same
 * data directory: a dead upload leaves nothing once one sweep has run (no row, no blob, no temp file),
 * and an acknowledged one is intact.
 */
class CrashIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long MIB = 1024 * 1024;
    /** Sweeps only on demand, and counts any intent older than two seconds as a dead upload's. */
    private static final Map<String, String> SWEEP_SETTINGS = Map.of("STOWAGE_CLEANUP_GRACE", "2s",
            "STOWAGE_CLEANUP_INITIAL_DELAY", "1h");

    @Test
    void aServerKilledMidwayThroughA100MibUploadLeavesNothingAfterRestartAndOneSweep() throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-crash-mid-");
        CountDownLatch never = new CountDownLatch(1);
        try (PackagedServer server = PackagedServer.start(dataDir, SWEEP_SETTINGS)) {
            String key = serviceKey(server);
            createBucket(server, key);
            // 100 MiB announced; the body stalls after 30 MiB, so the server holds a partial blob when it dies
            InputStream stalling = new FilterInputStream(new PatternStream(100 * MIB)) {
                private long sent;

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (sent >= 30 * MIB) {
                        awaitQuietly(never);
                    }
                    int read = super.read(buffer, offset, (int) Math.min(length, 30 * MIB - sent + 1));
                    sent += Math.max(read, 0);
                    return read;
                }
            };
            CompletableFuture<HttpResponse<String>> upload = HTTP.sendAsync(HttpRequest.newBuilder(
                    URI.create(server.base() + "/storage/v1/object/crash/big.bin"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/octet-stream")
                    .POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> stalling), 100 * MIB))
                    .build(), BodyHandlers.ofString());
            awaitPartialWrite(dataDir, 20 * MIB);

            server.kill();
            upload.cancel(true);
        }
        assertSweptClean(dataDir, 1);
    }

    @Test
    void aServerKilledAfterTheBlobIsDurableButBeforeTheCommitLeavesNothingAfterOneSweep() throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-crash-commit-");
        Map<String, String> pausing = new HashMap<>(SWEEP_SETTINGS);
        pausing.put("STOWAGE_TEST_PAUSE_AFTER_PUT", "5m");
        try (PackagedServer server = PackagedServer.start(dataDir, pausing)) {
            String key = serviceKey(server);
            createBucket(server, key);
            CompletableFuture<HttpResponse<String>> upload = HTTP.sendAsync(HttpRequest.newBuilder(
                    URI.create(server.base() + "/storage/v1/object/crash/big.bin"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/octet-stream")
                    .POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> new PatternStream(MIB)), MIB))
                    .build(), BodyHandlers.ofString());
            server.awaitLine("stowage: test hook: blob durable", Duration.ofMinutes(1));
            assertEquals(1, blobFiles(dataDir, "crash"), "the blob is durable, the row not yet written");

            server.kill();
            upload.cancel(true);
        }
        assertSweptClean(dataDir, 1);
    }

    @Test
    void anUploadAcknowledgedRightBeforeASigkillIsIntactAfterRestart() throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-crash-after-");
        String expected;
        try (PackagedServer server = PackagedServer.start(dataDir, SWEEP_SETTINGS)) {
            String key = serviceKey(server);
            createBucket(server, key);
            HttpResponse<String> uploaded = HTTP.send(HttpRequest.newBuilder(
                    URI.create(server.base() + "/storage/v1/object/crash/kept.bin"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/octet-stream")
                    .POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> new PatternStream(5 * MIB)),
                            5 * MIB)).build(), BodyHandlers.ofString());
            assertEquals(200, uploaded.statusCode(), uploaded.body());
            server.kill();
            expected = sha256(new PatternStream(5 * MIB));
            assertTrue(uploaded.body().contains(expected), uploaded.body());
        }
        try (PackagedServer again = PackagedServer.start(dataDir, SWEEP_SETTINGS)) {
            String key = serviceKey(again);
            sweep(again, key);
            HttpResponse<InputStream> body = HTTP.send(HttpRequest.newBuilder(
                    URI.create(again.base() + "/storage/v1/object/crash/kept.bin"))
                    .header("Authorization", "Bearer " + key).GET().build(), BodyHandlers.ofInputStream());
            assertEquals(200, body.statusCode());
            try (InputStream in = body.body()) {
                assertEquals(expected, sha256(in));
            }
        }
    }

    /** Restarts on {@code dataDir}, sweeps once after the grace, and finds no row, no blob and no temp file. */
    private static void assertSweptClean(Path dataDir, long expiredAtLeast) throws Exception {
        try (PackagedServer again = PackagedServer.start(dataDir, SWEEP_SETTINGS)) {
            String key = serviceKey(again);
            Thread.sleep(2500);
            String report = sweep(again, key);
            assertTrue(report.contains("\"stale_intents_expired\":" + expiredAtLeast), report);

            HttpResponse<String> object = send(again, "GET", "/storage/v1/object/crash/big.bin", key, null);
            assertEquals(404, object.statusCode(), "the dead upload is not visible");
            HttpResponse<String> listed = send(again, "POST", "/storage/v1/object/list/crash", key,
                    "{\"prefix\":\"\",\"limit\":100}");
            assertEquals("[]", listed.body().strip(), "no row");
            assertEquals(0, blobFiles(dataDir, "crash"), "no blob");
            assertEquals(List.of(), tempFiles(dataDir), "no temp file");
        }
    }

    private static String serviceKey(PackagedServer server) throws InterruptedException {
        return server.awaitLine("service_role key:", Duration.ofMinutes(2));
    }

    private static void createBucket(PackagedServer server, String key) throws Exception {
        assertEquals(200, send(server, "POST", "/storage/v1/bucket", key, "{\"id\":\"crash\"}").statusCode());
    }

    private static String sweep(PackagedServer server, String key) throws Exception {
        HttpResponse<String> swept = send(server, "POST", "/storage/v1/admin/sweep", key, "{}");
        assertEquals(200, swept.statusCode(), swept.body());
        return swept.body();
    }

    private static void awaitPartialWrite(Path dataDir, long bytes) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (allFiles(dataDir.resolve("blobs")).stream().anyMatch(file -> size(file) >= bytes)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the upload never reached " + bytes + " bytes on disk");
    }

    /** Finished blobs of one bucket: {@code blobs/<bucket>/<xx>/<version>}, names without a dot. */
    private static long blobFiles(Path dataDir, String bucket) {
        return allFiles(dataDir.resolve("blobs").resolve(bucket)).stream()
                .filter(file -> !file.getFileName().toString().contains(".")).count();
    }

    /** Anything under blobs/ that is not a finished blob: partial writes, wherever the store keeps them. */
    private static List<Path> tempFiles(Path dataDir) {
        return allFiles(dataDir.resolve("blobs")).stream()
                .filter(file -> file.getFileName().toString().contains(".")).toList();
    }

    private static List<Path> allFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpResponse<String> send(PackagedServer server, String method, String path, String token,
            String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path))
                .timeout(Duration.ofMinutes(1))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), BodyHandlers.ofString());
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] chunk = new byte[1 << 16];
        for (int read; (read = in.read(chunk)) != -1; ) {
            digest.update(chunk, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
