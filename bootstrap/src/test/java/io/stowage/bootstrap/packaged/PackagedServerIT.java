package io.stowage.bootstrap.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.s3.testing.S3Proxy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packaged server as a user runs it: the script starts it on the module path, it prints its URL and
 * dev keys, the keys work, data survives a restart, a 1 GiB object streams through a 256 MiB heap, and
 * a bad setting stops it with one clear line.
 */
class PackagedServerIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long ONE_GIB = 1024L * 1024 * 1024;

    @Test
    void startsPrintsWorkingKeysAndKeepsDataAcrossRestarts() throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-packaged-");
        String serviceKey;
        try (PackagedServer server = PackagedServer.start(dataDir, Map.of())) {
            serviceKey = server.awaitLine("service_role key:", Duration.ofMinutes(2));
            String anonKey = server.awaitLine("anon key:", Duration.ofSeconds(1));
            assertEquals(200, send(server, "GET", "/health", null, null).statusCode());
            assertEquals(200, send(server, "POST", "/storage/v1/bucket", serviceKey, "{\"id\":\"kept\",\"public\":true}").statusCode());
            assertEquals(200, send(server, "POST", "/storage/v1/object/kept/a.txt", serviceKey, "still here").statusCode());
            assertEquals(200, send(server, "GET", "/storage/v1/object/kept/a.txt", anonKey, null).statusCode());
            String exampleUser = server.awaitLine("user token:", Duration.ofSeconds(1));
            assertEquals(200, send(server, "GET", "/storage/v1/bucket", exampleUser, null).statusCode(), "the banner's user token works");
            TokenCommandIT.Result alice = TokenCommandIT.token(dataDir, Map.of(), "--user", "alice");
            assertEquals(0, alice.exit(), alice.toString());
            assertEquals(200, send(server, "POST", "/storage/v1/bucket", alice.out().strip(), "{\"id\":\"alices\"}").statusCode(),
                    "a token from bin/stowage token is accepted by the running server");
            assertEquals(200, send(server, "GET", "/storage/v1", null, null).statusCode(), "the printed URL answers");
            assertLogLinesAreJson(server.output());
        }
        Set<PosixFilePermission> secretMode = Files.getPosixFilePermissions(dataDir.resolve("secrets/jwt-secret"));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), secretMode);

        try (PackagedServer again = PackagedServer.start(dataDir, Map.of())) {
            assertEquals(serviceKey, again.awaitLine("service_role key:", Duration.ofMinutes(2)),
                    "the same secret prints the same keys");
            HttpResponse<String> kept = send(again, "GET", "/storage/v1/object/kept/a.txt", serviceKey, null);
            assertEquals(200, kept.statusCode(), "the first run's key and object survive a restart");
            assertEquals("still here", kept.body());
        }
    }

    @Test
    void aOneGibObjectStreamsThroughA256MibHeap() throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-heap-");
        try (PackagedServer server = PackagedServer.start(dataDir, Map.of("STOWAGE_JAVA_OPTS", "-Xmx256m",
                "STOWAGE_MAX_FILE_SIZE", "2GB"))) {
            assertRoundTripInBoundedHeap(server, ONE_GIB);
        }
    }

    @Test
    void aHundredMibObjectStreamsThroughS3WithA256MibHeap() throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-s3-heap-");
        try (S3Proxy s3 = S3Proxy.start();
                PackagedServer server = PackagedServer.start(dataDir, Map.of("STOWAGE_JAVA_OPTS", "-Xmx256m",
                        "STOWAGE_BACKEND", "s3", "STOWAGE_S3_ENDPOINT", s3.endpoint(), "STOWAGE_S3_BUCKET", "heap",
                        "STOWAGE_S3_ACCESS_KEY", S3Proxy.ACCESS_KEY, "STOWAGE_S3_SECRET_KEY", S3Proxy.SECRET_KEY))) {
            assertRoundTripInBoundedHeap(server, 100L * 1024 * 1024);
            assertEquals(1, s3.keys("heap").size(), "the blob is in the S3 bucket: " + s3.keys("heap"));
        }
    }

    @Test
    void anUnreachableS3VolumeStopsStartUpWithOneLineNamingItAndNoSecret() throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-s3-down-");
        String secret = "never-print-me-7d1f";
        try (PackagedServer server = PackagedServer.start(dataDir, Map.of("STOWAGE_BACKEND", "s3",
                "STOWAGE_S3_ENDPOINT", "http://127.0.0.1:9", "STOWAGE_S3_BUCKET", "nowhere",
                "STOWAGE_S3_ACCESS_KEY", "someone", "STOWAGE_S3_SECRET_KEY", secret,
                "STOWAGE_S3_CONNECT_TIMEOUT", "2s"))) {
            assertNotEquals(0, server.awaitExit(Duration.ofMinutes(2)));
            assertOneLine(server.output(), "volume 'default' (s3)");
            assertTrue(server.output().stream().noneMatch(l -> l.contains(secret)), String.join("\n", server.output()));
        }
    }

    /** Uploads then downloads {@code size} generated bytes, checking the SHA-256 both ways and that no heap ran out. */
    private static void assertRoundTripInBoundedHeap(PackagedServer server, long size) throws Exception {
        String key = server.awaitLine("service_role key:", Duration.ofMinutes(2));
        assertEquals(200, send(server, "POST", "/storage/v1/bucket", key, "{\"id\":\"big\"}").statusCode());
        HttpRequest upload = HttpRequest.newBuilder(URI.create(server.base() + "/storage/v1/object/big/blob.bin"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofMinutes(5))
                .POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> new PatternStream(size)), size))
                .build();
        HttpResponse<String> uploaded = HTTP.send(upload, BodyHandlers.ofString());
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        String expected = sha256(new PatternStream(size));
        assertTrue(uploaded.body().contains(expected), uploaded.body());

        HttpRequest download = HttpRequest.newBuilder(URI.create(server.base() + "/storage/v1/object/big/blob.bin"))
                .header("Authorization", "Bearer " + key).timeout(Duration.ofMinutes(5)).GET().build();
        HttpResponse<InputStream> body = HTTP.send(download, BodyHandlers.ofInputStream());
        assertEquals(200, body.statusCode());
        try (InputStream in = body.body()) {
            assertEquals(expected, sha256(in));
        }
        assertTrue(server.output().stream().noneMatch(l -> l.contains("OutOfMemoryError")),
                String.join("\n", server.output()));
    }

    @Test
    void badSettingsStopStartUpWithOneLineNamingTheSetting() throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-bad-");
        Path aFile = Files.writeString(dataDir.resolve("a-file"), "not a directory");
        for (Map.Entry<Map<String, String>, String> bad : List.of(
                Map.entry(Map.of("STOWAGE_JWT_SECRET", "too-short"), "STOWAGE_JWT_SECRET"),
                Map.entry(Map.of("STOWAGE_MAX_FILE_SIZE", "huge"), "STOWAGE_MAX_FILE_SIZE"),
                Map.entry(Map.of("STOWAGE_PORT", "http"), "STOWAGE_PORT"),
                Map.entry(Map.of("STOWAGE_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/none"), "STOWAGE_DATABASE_URL"),
                Map.entry(Map.of("STOWAGE_DATABASE_URL", "mysql://x"), "STOWAGE_DATABASE_URL"),
                Map.entry(Map.of("STOWAGE_HOST", "999.1.1.1"), "STOWAGE_HOST"),
                Map.entry(Map.of("STOWAGE_HOST", "192.0.2.1"), "STOWAGE_HOST"),
                Map.entry(Map.of("STOWAGE_LOG_FORMAT", "xml"), "STOWAGE_LOG_FORMAT"))) {
            try (PackagedServer server = PackagedServer.start(dataDir.resolve("d" + bad.getValue().length()), bad.getKey())) {
                assertNotEquals(0, server.awaitExit(Duration.ofMinutes(2)));
                assertOneLine(server.output(), bad.getValue());
            }
        }
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                PackagedServer server = PackagedServer.start(dataDir.resolve("taken"),
                        Map.of("STOWAGE_PORT", String.valueOf(taken.getLocalPort())))) {
            assertNotEquals(0, server.awaitExit(Duration.ofMinutes(2)));
            assertOneLine(server.output(), "STOWAGE_PORT");
            assertTrue(Files.notExists(dataDir.resolve("taken/postgres")), "checked before the database starts");
        }
        try (PackagedServer server = PackagedServer.start(aFile.resolve("sub"), Map.of())) {
            assertNotEquals(0, server.awaitExit(Duration.ofMinutes(1)));
            assertOneLine(server.output(), "STOWAGE_DATA_DIR");
        }
    }

    /** Not on a terminal, every log line is one JSON object (the banner aside): no text or java.util.logging lines. */
    private static void assertLogLinesAreJson(List<String> output) {
        String all = String.join("\n", output);
        assertTrue(output.stream().anyMatch(l -> l.startsWith("{") && l.contains("\"logger\":\"stowage.access\"")),
                "a request log line: " + all);
        for (String line : output) {
            if (line.startsWith("{")) {
                assertTrue(line.endsWith("}") && line.contains("\"ts\":") && line.contains("\"level\":")
                        && line.contains("\"logger\":") && line.contains("\"message\":"), line);
            }
            assertTrue(!line.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*") && !line.matches("^(SEVERE|WARNING|INFO|FINE): .*")
                    && !line.matches("^[A-Z][a-z]{2} \\d{1,2}, \\d{4} .*"), "a line in another format: " + line + "\n" + all);
        }
    }

    private static void assertOneLine(List<String> output, String setting) {
        List<String> errors = output.stream().filter(l -> l.startsWith("stowage: ")).toList();
        assertEquals(1, errors.size(), String.join("\n", output));
        assertTrue(errors.get(0).contains(setting), errors.get(0));
        assertTrue(output.stream().noneMatch(l -> l.strip().startsWith("at ")), "no stack trace:\n" + String.join("\n", output));
    }

    private static HttpResponse<String> send(PackagedServer server, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(Duration.ofMinutes(1))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        }
        return HTTP.send(request.build(), BodyHandlers.ofString());
    }

    private static String sha256(InputStream in) throws Exception {
        try (DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digest.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        }
    }
}
