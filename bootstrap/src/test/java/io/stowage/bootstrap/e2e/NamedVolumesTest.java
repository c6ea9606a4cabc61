package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.bootstrap.Stowage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two named volumes on one server, a local disk ("local", the default) and S3 ("archive"): buckets pick
 * theirs at creation, their blobs land there, a move between them copies the bytes, and start-up refuses
 * a volume it cannot use or a configuration that lacks a volume some bucket lives on.
 */
class NamedVolumesTest {

    private static final String ARCHIVE_BUCKET = "named-archive";
    private static Path localRoot;
    private static Path dataDir;
    private static Stowage server;
    private static Api owner;

    @BeforeAll
    static void start() throws IOException {
        localRoot = Files.createTempDirectory("stowage-local-volume-");
        dataDir = Files.createTempDirectory("stowage-named-volumes-");
        server = Stowage.start(settings(true));
        owner = new Api(URI.create(server.url() + "/storage/v1"), Tokens.user("volume-owner"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, Object> settings(boolean withArchive) {
        Map<String, Object> props = new HashMap<>();
        props.put("stowage.port", "0");
        props.put("stowage.data-dir", dataDir.toString());
        props.put("stowage.jwt-secret", Tokens.SECRET);
        props.put("stowage.volumes.local.driver", "fs");
        props.put("stowage.volumes.local.root", localRoot.toString());
        if (withArchive) {
            S3Proxy s3 = TestServer.s3();
            props.put("stowage.volumes.archive.driver", "s3");
            props.put("stowage.volumes.archive.endpoint", s3.endpoint());
            props.put("stowage.volumes.archive.bucket", ARCHIVE_BUCKET);
            props.put("stowage.volumes.archive.access-key", S3Proxy.ACCESS_KEY);
            props.put("stowage.volumes.archive.secret-key", S3Proxy.SECRET_KEY);
            props.put("stowage.volumes.archive.prefix", "stowage");
        }
        props.put("stowage.default-volume", "local");
        return props;
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Creates a bucket on {@code volume}, or on the default volume when null; returns the status. */
    private static int create(String bucket, String volume) {
        String volumeField = volume == null ? "" : ",\"volume\":\"" + volume + "\"";
        return owner.postJson("/bucket", "{\"id\":\"" + bucket + "\"" + volumeField + "}").statusCode();
    }

    private static List<String> archiveKeys(String bucket) {
        return TestServer.s3().keys(ARCHIVE_BUCKET).stream().filter(k -> k.startsWith("stowage/" + bucket + "/")).toList();
    }

    private static long localFiles(String bucket) {
        Path dir = localRoot.resolve(bucket);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBucketPicksItsVolumeAndItsBlobsLandThere() {
        assertEquals(200, create("nv-hot", null));
        assertEquals(200, create("nv-cold", "archive"));
        assertEquals("local", Json.body(owner.get("/bucket/nv-hot")).get("volume").asText());
        assertEquals("archive", Json.body(owner.get("/bucket/nv-cold")).get("volume").asText());

        byte[] hot = bytes(70_000, 1);
        byte[] cold = bytes(90_000, 2);
        assertEquals(200, owner.upload("/object/nv-hot/a.bin", "application/octet-stream", hot).statusCode());
        assertEquals(200, owner.upload("/object/nv-cold/a.bin", "application/octet-stream", cold).statusCode());

        assertEquals(1, localFiles("nv-hot"));
        assertEquals(0, localFiles("nv-cold"));
        assertEquals(1, archiveKeys("nv-cold").size());
        assertEquals(0, archiveKeys("nv-hot").size());
        assertArrayEquals(cold, download("/object/nv-cold/a.bin"));
        assertArrayEquals(hot, download("/object/nv-hot/a.bin"));
    }

    private static byte[] download(String path) {
        var response = owner.stream(owner.request(path).GET());
        assertEquals(200, response.statusCode());
        try (var in = response.body()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anUnknownVolumeIsABadRequestAndNothingIsCreated() {
        assertError(owner.postJson("/bucket", "{\"id\":\"nv-tape\",\"volume\":\"tape\"}"), 400, "InvalidRequest");
        assertEquals(404, owner.get("/bucket/nv-tape").statusCode());
        assertError(owner.putJson("/bucket/nv-tape", "{\"public\":true}"), 404, "NoSuchBucket");
    }

    @Test
    void aMoveBetweenVolumesCopiesTheBytesAndWithinOneItCopiesNothing() {
        assertEquals(200, create("nv-src", null));
        assertEquals(200, create("nv-dst", "archive"));
        assertEquals(200, create("nv-dst2", "archive"));
        byte[] body = bytes(123_456, 3);
        assertEquals(200, owner.upload("/object/nv-src/m.bin", "application/octet-stream", body).statusCode());
        String before = Json.body(owner.get("/object/info/nv-src/m.bin")).get("id").asText();

        var moved = owner.postJson("/object/move", "{\"bucketId\":\"nv-src\",\"sourceKey\":\"m.bin\","
                + "\"destinationBucket\":\"nv-dst\",\"destinationKey\":\"m.bin\"}");
        assertEquals(200, moved.statusCode(), moved.body());

        assertEquals(0, localFiles("nv-src"), "the local blob is gone");
        assertEquals(1, archiveKeys("nv-dst").size(), "the bytes were copied to the archive volume");
        assertArrayEquals(body, download("/object/nv-dst/m.bin"));
        assertEquals(before, Json.body(owner.get("/object/info/nv-dst/m.bin")).get("id").asText());
        assertEquals(404, owner.get("/object/nv-src/m.bin").statusCode());

        var again = owner.postJson("/object/move", "{\"bucketId\":\"nv-dst\",\"sourceKey\":\"m.bin\","
                + "\"destinationBucket\":\"nv-dst2\",\"destinationKey\":\"m.bin\"}");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(1, archiveKeys("nv-dst").size(), "within one volume the blob stays where it was written");
        assertEquals(0, archiveKeys("nv-dst2").size());
        assertArrayEquals(body, download("/object/nv-dst2/m.bin"));
    }

    @Test
    void healthNamesEveryVolume() {
        var health = new Api(server.url(), null).get("/health");
        assertEquals(200, health.statusCode(), health.body());
    }

    @Test
    void aStoppedServerRestartsOnlyWithEveryVolumeItsBucketsUse() throws IOException {
        Path otherData = Files.createTempDirectory("stowage-named-restart-");
        Map<String, Object> props = settings(true);
        props.put("stowage.data-dir", otherData.toString());
        try (Stowage first = Stowage.start(props)) {
            Api api = new Api(URI.create(first.url() + "/storage/v1"), Tokens.user("volume-owner"));
            assertEquals(200, api.postJson("/bucket", "{\"id\":\"nv-kept\",\"volume\":\"archive\"}").statusCode());
        }
        Map<String, Object> withoutArchive = settings(false);
        withoutArchive.put("stowage.data-dir", otherData.toString());

        RuntimeException refused = assertThrows(RuntimeException.class, () -> Stowage.start(withoutArchive).close());

        assertEquals("buckets live on volume(s) [archive], which the configuration lacks; configure them under"
                + " stowage.volumes", refused.getMessage());
    }

    @Test
    void aVolumeThatCannotBeReachedStopsTheStartNamingItAndNoSecret() throws IOException {
        Map<String, Object> props = settings(true);
        props.put("stowage.data-dir", Files.createTempDirectory("stowage-named-down-").toString());
        props.put("stowage.volumes.archive.endpoint", "http://127.0.0.1:9");
        props.put("stowage.volumes.archive.connect-timeout", "2s");

        RuntimeException refused = assertThrows(RuntimeException.class, () -> Stowage.start(props).close());

        assertTrue(refused.getMessage().startsWith("volume 'archive' (s3) cannot be opened: "), refused.getMessage());
        assertTrue(refused.getMessage().contains("stowage.volumes.archive.endpoint"), refused.getMessage());
        assertFalse(refused.getMessage().contains(S3Proxy.SECRET_KEY));
    }

    @Test
    void aDefaultVolumeThatIsNotConfiguredStopsTheStart() throws IOException {
        Map<String, Object> props = settings(true);
        props.put("stowage.data-dir", Files.createTempDirectory("stowage-named-default-").toString());
        props.put("stowage.default-volume", "fast");

        RuntimeException refused = assertThrows(RuntimeException.class, () -> Stowage.start(props).close());

        assertEquals("stowage.default-volume is 'fast', which is not one of the volumes [archive, local]",
                refused.getMessage());
    }
}
