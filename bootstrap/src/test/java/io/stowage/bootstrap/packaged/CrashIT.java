package io.stowage.bootstrap.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.persistence.embedded.EmbeddedDatabase;
import io.stowage.adapter.s3.testing.S3Proxy;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
 * data directory: the first sweep after the restart leaves nothing of a dead upload (no row, no blob, no
 * temp file, no open multipart upload), whatever the grace period, because its instance stopped renewing
 * its lease; a slow upload that a live instance streams meanwhile is left alone and completes; an
 * acknowledged one is intact.
 */
class CrashIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long MIB = 1024 * 1024;
    private static final Duration LEASE = Duration.ofSeconds(2);
    /**
     * Sweeps only on demand, with the default one-hour grace; an instance silent for two seconds has lost
     * its uploads (the setting exists for this: the default is 30 seconds).
     */
    private static final Map<String, String> SWEEP_SETTINGS = Map.of("STOWAGE_CLEANUP_LEASE_TIMEOUT", "2s",
            "STOWAGE_CLEANUP_INITIAL_DELAY", "1h");

    @Test
    void aKilledUploadIsGoneAtTheFirstSweepAfterRestartWhileALiveSlowUploadOnAnotherInstanceCompletes()
            throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-crash-lease-");
        Path pgDir = Files.createTempDirectory("stowage-crash-pg-");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(pgDir.toFile())) {
            Map<String, String> env = shared(database, Map.of());
            killMidUpload(dataDir, env, () -> tempFiles(dataDir).size() == 1);
            long killedAt = System.nanoTime();
            assertEquals(1, tempFiles(dataDir).size(), "the dead upload's partial file");
            Path deadTemp = tempFiles(dataDir).get(0);

            CountDownLatch go = new CountDownLatch(1);
            try (PackagedServer other = PackagedServer.start(dataDir, env)) {
                String key = serviceKey(other);
                CompletableFuture<HttpResponse<String>> slow = slowUpload(other, key, go);
                Path liveTemp = awaitOtherTemp(dataDir, deadTemp);

                long restartAt = System.nanoTime();
                try (PackagedServer again = PackagedServer.start(dataDir, env)) {
                    String report = firstSweep(again, killedAt);
                    long cleanAt = System.nanoTime();
                    System.out.println("stowage crash test (fs): restart to no dead bytes left: "
                            + Duration.ofNanos(cleanAt - restartAt).toMillis() + " ms, kill to clean: "
                            + Duration.ofNanos(cleanAt - killedAt).toMillis() + " ms");
                    assertTrue(report.contains("\"stale_intents_expired\":1,"), report);
                    assertFalse(Files.exists(deadTemp), "the dead upload's temp file is gone");
                    assertEquals(List.of(liveTemp), tempFiles(dataDir), "only the live upload's temp file is left");
                    assertEquals(0, blobFiles(dataDir, "crash"), "no blob");
                    assertNoObjects(again, key);

                    go.countDown();
                    assertSlowUploadCompleted(again, key, slow);
                }
            }
        }
    }

    @Test
    void onS3AKilledUploadsMultipartUploadIsAbortedAtTheFirstSweepAfterRestartWhileALiveUploadCompletes()
            throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-crash-s3-");
        Path pgDir = Files.createTempDirectory("stowage-crash-s3-pg-");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(pgDir.toFile()); S3Proxy s3 = S3Proxy.start()) {
            Map<String, String> env = shared(database, Map.of("STOWAGE_BACKEND", "s3",
                    "STOWAGE_S3_ENDPOINT", s3.endpoint(), "STOWAGE_S3_BUCKET", "crash-heap",
                    "STOWAGE_S3_ACCESS_KEY", S3Proxy.ACCESS_KEY, "STOWAGE_S3_SECRET_KEY", S3Proxy.SECRET_KEY));
            // the upload id the store reported is in the intent before the kill: the sweep aborts by that id
            killMidUpload(dataDir, env, () -> recordedUploadIds(database).size() == 1);
            long killedAt = System.nanoTime();
            List<String> recorded = recordedUploadIds(database);
            assertEquals(1, s3.incompleteUploads("crash-heap").size(), "the dead upload's multipart upload is open");

            CountDownLatch go = new CountDownLatch(1);
            try (PackagedServer other = PackagedServer.start(dataDir, env)) {
                String key = serviceKey(other);
                CompletableFuture<HttpResponse<String>> slow = slowUpload(other, key, go);
                awaitIntents(database, 2);

                long restartAt = System.nanoTime();
                try (PackagedServer again = PackagedServer.start(dataDir, env)) {
                    String report = firstSweep(again, killedAt);
                    long cleanAt = System.nanoTime();
                    System.out.println("stowage crash test (s3): restart to no dead bytes left: "
                            + Duration.ofNanos(cleanAt - restartAt).toMillis() + " ms, upload id " + recorded);
                    assertTrue(report.contains("\"stale_intents_expired\":1,"), report);
                    assertEquals(List.of(), s3.incompleteUploads("crash-heap"), "no incomplete multipart upload");
                    assertEquals(List.of(), s3.keys("crash-heap"), "no blob");
                    assertEquals(List.of(), recordedUploadIds(database), "the dead intent is gone");
                    assertNoObjects(again, key);

                    go.countDown();
                    assertSlowUploadCompleted(again, key, slow);
                    assertEquals(1, s3.keys("crash-heap").size(), "the live upload's blob");
                }
            }
        }
    }

    /** Starts a server, sends it a 100 MiB upload that stalls after 30 MiB, and kills it once {@code ready}. */
    private static void killMidUpload(Path dataDir, Map<String, String> env, java.util.function.BooleanSupplier ready)
            throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (PackagedServer server = PackagedServer.start(dataDir, env)) {
            String key = serviceKey(server);
            createBucket(server, key);
            CompletableFuture<HttpResponse<String>> upload = HTTP.sendAsync(HttpRequest.newBuilder(
                    URI.create(server.base() + "/storage/v1/object/crash/big.bin"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/octet-stream")
                    .POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> stallingAfter(30 * MIB, never)),
                            100 * MIB)).build(), BodyHandlers.ofString());
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!ready.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the upload never got under way:\n" + String.join("\n", server.output()));
                }
                Thread.sleep(50);
            }
            if (tempFiles(dataDir).size() == 1) {
                awaitPartialWrite(dataDir, 20 * MIB);
            }
            server.kill();
            upload.cancel(true);
        }
    }

    /** Sweeps once, as soon as the killed instance has been silent for the lease (a restart takes longer). */
    private static String firstSweep(PackagedServer server, long killedAt) throws Exception {
        String key = serviceKey(server);
        long silentEnough = killedAt + LEASE.toNanos();
        while (System.nanoTime() < silentEnough) {
            Thread.sleep(Math.max(1, (silentEnough - System.nanoTime()) / 1_000_000));
        }
        return sweep(server, key);
    }

    /** 3 MiB: 1 MiB at once, the rest once {@code go} opens, as a client on a slow line. */
    private static CompletableFuture<HttpResponse<String>> slowUpload(PackagedServer server, String key,
            CountDownLatch go) {
        InputStream body = new FilterInputStream(new PatternStream(3 * MIB)) {
            private long sent;

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (sent >= MIB) {
                    awaitQuietly(go);
                }
                int read = super.read(buffer, offset, sent < MIB ? (int) Math.min(length, MIB - sent) : length);
                sent += Math.max(read, 0);
                return read;
            }
        };
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(server.base() + "/storage/v1/object/crash/slow.bin"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/octet-stream")
                .POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> body), 3 * MIB)).build(),
                BodyHandlers.ofString());
    }

    private static void assertSlowUploadCompleted(PackagedServer server, String key,
            CompletableFuture<HttpResponse<String>> slow) throws Exception {
        HttpResponse<String> done = slow.get(2, java.util.concurrent.TimeUnit.MINUTES);
        assertEquals(200, done.statusCode(), done.body());
        HttpResponse<InputStream> body = HTTP.send(HttpRequest.newBuilder(
                URI.create(server.base() + "/storage/v1/object/crash/slow.bin"))
                .header("Authorization", "Bearer " + key).GET().build(), BodyHandlers.ofInputStream());
        assertEquals(200, body.statusCode());
        try (InputStream in = body.body()) {
            assertEquals(sha256(new PatternStream(3 * MIB)), sha256(in), "the live upload is whole");
        }
    }

    private static void assertNoObjects(PackagedServer server, String key) throws Exception {
        assertEquals(404, send(server, "GET", "/storage/v1/object/crash/big.bin", key, null).statusCode(),
                "the dead upload is not visible");
        HttpResponse<String> listed = send(server, "POST", "/storage/v1/object/list/crash", key,
                "{\"prefix\":\"\",\"limit\":100}");
        assertEquals("[]", listed.body().strip(), "no row");
    }

    /** The temp file of an upload other than the dead one, once it appears. */
    private static Path awaitOtherTemp(Path dataDir, Path deadTemp) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            List<Path> others = tempFiles(dataDir).stream().filter(file -> !file.equals(deadTemp)).toList();
            if (!others.isEmpty()) {
                return others.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the slow upload never started");
    }

    private static Map<String, String> shared(EmbeddedDatabase database, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(SWEEP_SETTINGS);
        env.put("STOWAGE_DATABASE_URL", database.jdbcUrl());
        env.put("STOWAGE_DATABASE_USER", database.user());
        env.put("STOWAGE_DATABASE_PASSWORD", database.password());
        env.putAll(more);
        return env;
    }

    private static List<String> recordedUploadIds(EmbeddedDatabase database) {
        return query(database, "SELECT partial_write FROM upload_intents WHERE partial_write IS NOT NULL");
    }

    private static void awaitIntents(EmbeddedDatabase database, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (query(database, "SELECT version::text FROM upload_intents").size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " uploads under way");
            }
            Thread.sleep(50);
        }
    }

    private static List<String> query(EmbeddedDatabase database, String sql) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (java.sql.SQLException e) {
            // before the server's migrations ran there is no table yet
            return List.of();
        }
    }

    private static InputStream stallingAfter(long bytes, CountDownLatch never) {
        return new FilterInputStream(new PatternStream(100 * MIB)) {
            private long sent;

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (sent >= bytes) {
                    awaitQuietly(never);
                }
                int read = super.read(buffer, offset, (int) Math.min(length, bytes - sent + 1));
                sent += Math.max(read, 0);
                return read;
            }
        };
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
        assertSweptClean(dataDir, 1, System.nanoTime());
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

    /**
     * Restarts on {@code dataDir}, sweeps once (the grace is the default hour: the killed instance's lease
     * is what lapsed), and finds no row, no blob and no temp file.
     */
    private static void assertSweptClean(Path dataDir, long expiredAtLeast, long killedAt) throws Exception {
        try (PackagedServer again = PackagedServer.start(dataDir, SWEEP_SETTINGS)) {
            String key = serviceKey(again);
            String report = firstSweep(again, killedAt);
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
