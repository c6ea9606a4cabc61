package io.stowage.bootstrap.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            String key = server.awaitLine("service_role key:", Duration.ofMinutes(2));
            assertEquals(200, send(server, "POST", "/storage/v1/bucket", key, "{\"id\":\"big\"}").statusCode());
            HttpRequest upload = HttpRequest.newBuilder(URI.create(server.base() + "/storage/v1/object/big/one.gib"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/octet-stream")
                    .timeout(Duration.ofMinutes(5))
                    .POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> new PatternStream(ONE_GIB)), ONE_GIB))
                    .build();
            HttpResponse<String> uploaded = HTTP.send(upload, BodyHandlers.ofString());
            assertEquals(200, uploaded.statusCode(), uploaded.body());
            String expected = sha256(new PatternStream(ONE_GIB));
            assertTrue(uploaded.body().contains(expected), uploaded.body());

            HttpRequest download = HttpRequest.newBuilder(URI.create(server.base() + "/storage/v1/object/big/one.gib"))
                    .header("Authorization", "Bearer " + key).timeout(Duration.ofMinutes(5)).GET().build();
            HttpResponse<InputStream> body = HTTP.send(download, BodyHandlers.ofInputStream());
            assertEquals(200, body.statusCode());
            try (InputStream in = body.body()) {
                assertEquals(expected, sha256(in));
            }
            assertTrue(server.output().stream().noneMatch(l -> l.contains("OutOfMemoryError")), String.join("\n", server.output()));
        }
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
                Map.entry(Map.of("STOWAGE_DATABASE_URL", "mysql://x"), "STOWAGE_DATABASE_URL"))) {
            try (PackagedServer server = PackagedServer.start(dataDir.resolve("d" + bad.getValue().length()), bad.getKey())) {
                assertNotEquals(0, server.awaitExit(Duration.ofMinutes(2)));
                assertOneLine(server.output(), bad.getValue());
            }
        }
        try (PackagedServer server = PackagedServer.start(aFile.resolve("sub"), Map.of())) {
            assertNotEquals(0, server.awaitExit(Duration.ofMinutes(1)));
            assertOneLine(server.output(), "STOWAGE_DATA_DIR");
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
