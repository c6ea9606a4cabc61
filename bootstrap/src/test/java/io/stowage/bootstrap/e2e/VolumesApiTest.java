package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.bootstrap.StartupFailure;
import io.stowage.bootstrap.Stowage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.stowage.adapter.persistence.embedded.EmbeddedDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Volumes through the admin API on a running server: created (probed first), used by a bucket at once,
 * protected while used or owned by the configuration file, deactivated for uploads, secrets never shown
 * and never stored in clear, and a wrong master key stops the next start.
 */
class VolumesApiTest {

    private static Path dataDir;
    private static Stowage server;
    private static Api service;

    @BeforeAll
    static void start() throws IOException {
        dataDir = Files.createTempDirectory("stowage-volumes-api-");
        server = Stowage.start(settings(dataDir, null));
        service = new Api(URI.create(server.url() + "/storage/v1"), Tokens.serviceRole());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, Object> settings(Path dir, String masterKey) {
        Map<String, Object> props = new HashMap<>();
        props.put("stowage.port", "0");
        props.put("stowage.data-dir", dir.toString());
        props.put("stowage.jwt-secret", Tokens.SECRET);
        if (masterKey != null) {
            props.put("stowage.master-key", masterKey);
        }
        return props;
    }

    private static String fsVolume(String name, Path root) {
        return "{\"name\":\"" + name + "\",\"driver\":\"fs\",\"settings\":{\"root\":\"" + root + "\"}}";
    }

    private static String s3Volume(String name, String endpoint) {
        return "{\"name\":\"" + name + "\",\"driver\":\"s3\",\"settings\":{\"endpoint\":\"" + endpoint + "\","
                + "\"region\":\"us-east-1\",\"bucket\":\"volumes-api\",\"access-key\":\"" + S3Proxy.ACCESS_KEY + "\","
                + "\"secret-key\":\"" + S3Proxy.SECRET_KEY + "\",\"connect-timeout\":\"2s\",\"io-timeout\":\"5s\"}}";
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] download(String path) {
        var response = service.stream(service.request(path).GET());
        assertEquals(200, response.statusCode());
        try (var in = response.body()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long files(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anFsVolumeCreatedThroughTheApiTakesABucketAtOnceAndIsDeletableOnlyOnceUnused() throws IOException {
        Path root = Files.createTempDirectory("stowage-api-volume-");
        var created = service.postJson("/admin/volumes", fsVolume("api-fs", root));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode volume = Json.body(created);
        assertEquals("fs", volume.get("driver").asText());
        assertTrue(volume.get("active").asBoolean());
        assertFalse(volume.get("from_config").asBoolean());
        assertEquals("none", volume.get("path_strategy").asText());
        assertError(service.postJson("/admin/volumes", fsVolume("api-fs", root)), 409, "VolumeConflict");

        assertEquals(200, service.postJson("/bucket", "{\"id\":\"va-fs\",\"volume\":\"api-fs\"}").statusCode());
        byte[] content = bytes(50_000, 1);
        assertEquals(200, service.upload("/object/va-fs/a.bin", "application/octet-stream", content).statusCode());
        assertArrayEquals(content, download("/object/va-fs/a.bin"));
        assertEquals(1, files(root), "the blob lands on the new volume's root");

        assertError(service.delete("/admin/volumes/api-fs"), 409, "VolumeConflict");
        assertEquals(200, service.deleteJson("/object/va-fs", "{\"prefixes\":[\"a.bin\"]}").statusCode());
        assertEquals(200, service.delete("/bucket/va-fs").statusCode());
        assertEquals(200, service.delete("/admin/volumes/api-fs").statusCode());
        assertError(service.get("/admin/volumes/api-fs"), 404, "NoSuchVolume");
        assertError(service.postJson("/bucket", "{\"id\":\"va-gone\",\"volume\":\"api-fs\"}"), 400, "InvalidRequest");
    }

    @Test
    void anUnreachableVolumeIsRefusedNamingTheFailureAndNothingIsSaved() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var refused = service.postJson("/admin/volumes", s3Volume("api-dead", "http://127.0.0.1:" + closedPort));
        JsonNode error = assertError(refused, 422, "VolumeUnreachable");
        assertTrue(error.get("message").asText().contains("api-dead"), refused.body());
        assertFalse(refused.body().contains(S3Proxy.SECRET_KEY), refused.body());
        assertError(service.get("/admin/volumes/api-dead"), 404, "NoSuchVolume");
        assertFalse(service.get("/admin/volumes").body().contains("api-dead"));
        assertError(service.postJson("/admin/volumes", "{\"name\":\"api-nodriver\",\"driver\":\"tape\"}"), 400,
                "InvalidRequest");
    }

    @Test
    void anInactiveVolumeRefusesUploadsWhileReadsGoOn() throws IOException {
        Path root = Files.createTempDirectory("stowage-api-volume-");
        assertEquals(201, service.postJson("/admin/volumes", fsVolume("api-ro", root)).statusCode());
        assertEquals(200, service.postJson("/bucket", "{\"id\":\"va-ro\",\"volume\":\"api-ro\"}").statusCode());
        byte[] first = bytes(10_000, 2);
        assertEquals(200, service.upload("/object/va-ro/a.bin", "application/octet-stream", first).statusCode());

        var off = service.putJson("/admin/volumes/api-ro", "{\"active\":false}");
        assertEquals(200, off.statusCode(), off.body());
        assertFalse(Json.body(off).get("active").asBoolean());
        JsonNode error = assertError(service.upload("/object/va-ro/b.bin", "application/octet-stream", bytes(10, 3)),
                409, "VolumeInactive");
        assertTrue(error.get("message").asText().contains("api-ro"));
        assertArrayEquals(first, download("/object/va-ro/a.bin"));
        assertEquals(404, service.get("/object/info/va-ro/b.bin").statusCode());

        assertEquals(200, service.putJson("/admin/volumes/api-ro", "{\"active\":true}").statusCode());
        assertEquals(200, service.upload("/object/va-ro/b.bin", "application/octet-stream", bytes(10, 3)).statusCode());
    }

    @Test
    void onlyTheServiceRoleManagesVolumes() {
        Api user = new Api(URI.create(server.url() + "/storage/v1"), Tokens.user("not-an-operator"));
        assertError(user.get("/admin/volumes"), 403, "AccessDenied");
        assertError(user.get("/admin/volumes/default"), 403, "AccessDenied");
        assertError(user.postJson("/admin/volumes", fsVolume("api-user", dataDir.resolve("user"))), 403, "AccessDenied");
        assertError(user.delete("/admin/volumes/default"), 403, "AccessDenied");
        assertError(service.get("/admin/volumes/api-user"), 404, "NoSuchVolume");
    }

    @Test
    void aConfiguredVolumeIsListedAsSuchAndCannotBeChangedThroughTheApi() {
        JsonNode volume = Json.body(service.get("/admin/volumes/default"));
        assertTrue(volume.get("from_config").asBoolean());
        assertEquals("fs", volume.get("driver").asText());
        assertError(service.putJson("/admin/volumes/default", "{\"active\":false}"), 409, "VolumeConflict");
        assertError(service.delete("/admin/volumes/default"), 409, "VolumeConflict");
    }

    @Test
    void secretsAreShownMaskedAndStoredSealed() throws SQLException {
        var created = service.postJson("/admin/volumes", s3Volume("api-s3", TestServer.s3().endpoint()));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("***", Json.body(created).get("settings").get("secret-key").asText());
        assertEquals(S3Proxy.ACCESS_KEY, Json.body(created).get("settings").get("access-key").asText());
        var read = service.get("/admin/volumes/api-s3");
        assertEquals("***", Json.body(read).get("settings").get("secret-key").asText());
        assertFalse(read.body().contains(S3Proxy.SECRET_KEY));
        assertFalse(service.get("/admin/volumes").body().contains(S3Proxy.SECRET_KEY));

        String stored = storedSettings("api-s3");
        assertFalse(stored.contains(S3Proxy.SECRET_KEY), stored);
        assertTrue(stored.contains("\"secret-key\": \"v1:"), stored);

        // a PUT sending the mask back keeps the secret: the volume still works
        assertEquals(200, service.putJson("/admin/volumes/api-s3", "{\"settings\":" + Json.body(read).get("settings")
                + ",\"default_prefix\":\"\"}").statusCode());
        assertEquals(200, service.postJson("/bucket", "{\"id\":\"va-s3\",\"volume\":\"api-s3\"}").statusCode());
        byte[] content = bytes(20_000, 4);
        assertEquals(200, service.upload("/object/va-s3/a.bin", "application/octet-stream", content).statusCode());
        assertArrayEquals(content, download("/object/va-s3/a.bin"));
    }

    private static String storedSettings(String name) throws SQLException {
        DataSource pool = DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class));
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT settings::text FROM volumes WHERE name = '" + name + "'")) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }

    @Test
    void theGeneratedMasterKeyIsPrivateAndAWrongOneStopsTheStart() throws IOException {
        Path keyFile = dataDir.resolve("secrets").resolve("master-key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));

        Path other = Files.createTempDirectory("stowage-volumes-key-");
        String key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        try (Stowage first = Stowage.start(settings(other, key))) {
            Api api = new Api(URI.create(first.url() + "/storage/v1"), Tokens.serviceRole());
            assertEquals(201, api.postJson("/admin/volumes", s3Volume("api-keyed", TestServer.s3().endpoint()))
                    .statusCode());
        }
        String wrong = "HwECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        StartupFailure failure = assertThrows(StartupFailure.class, () -> Stowage.start(settings(other, wrong)).close());
        assertTrue(failure.getMessage().contains("STOWAGE_MASTER_KEY"), failure.getMessage());
        assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
        assertThrows(StartupFailure.class, () -> Stowage.start(settings(other, "too-short")).close());
        try (Stowage again = Stowage.start(settings(other, key))) {
            Api api = new Api(URI.create(again.url() + "/storage/v1"), Tokens.serviceRole());
            assertEquals("s3", Json.body(api.get("/admin/volumes/api-keyed")).get("driver").asText());
        }
    }

    @Test
    void aVolumeCreatedThroughOneInstanceServesTheOtherWithoutARestart() throws IOException {
        EmbeddedDatabase database = EmbeddedDatabase.start(Files.createTempDirectory("stowage-volumes-db-").toFile());
        String key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        Map<String, Object> shared = new HashMap<>(Map.of(
                "stowage.database.url", database.jdbcUrl(),
                "stowage.database.user", database.user(),
                "stowage.database.password", database.password(),
                "stowage.master-key", key,
                "stowage.volumes-refresh", "200ms"));
        Path root = Files.createTempDirectory("stowage-api-volume-");
        try (Stowage first = TestServer.start(shared); Stowage second = TestServer.start(shared)) {
            Api throughFirst = new Api(URI.create(first.url() + "/storage/v1"), Tokens.serviceRole());
            Api throughSecond = new Api(URI.create(second.url() + "/storage/v1"), Tokens.serviceRole());
            assertEquals(201, throughFirst.postJson("/admin/volumes", fsVolume("api-shared", root)).statusCode());
            assertEquals(200, throughFirst.postJson("/bucket", "{\"id\":\"va-shared\",\"volume\":\"api-shared\"}")
                    .statusCode());
            byte[] content = bytes(30_000, 5);
            Eventually.until(() -> throughSecond.upload("/object/va-shared/a.bin", "application/octet-stream", content)
                    .statusCode(), status -> status == 200, Duration.ofSeconds(20), "the second instance routes api-shared");
            var read = throughFirst.stream(throughFirst.request("/object/va-shared/a.bin").GET());
            assertEquals(200, read.statusCode());
            try (var in = read.body()) {
                assertArrayEquals(content, in.readAllBytes());
            }
            assertEquals(200, throughFirst.putJson("/admin/volumes/api-shared", "{\"active\":false}").statusCode());
            Eventually.until(() -> throughSecond.upload("/object/va-shared/b.bin", "application/octet-stream", content)
                    .statusCode(), status -> status == 409, Duration.ofSeconds(20), "the second instance sees it inactive");
        } finally {
            database.close();
        }
    }
}
