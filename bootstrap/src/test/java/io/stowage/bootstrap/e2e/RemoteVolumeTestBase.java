package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.bootstrap.Stowage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;

/**
 * What the e2e tests of the remote volume drivers (sftp, ftp, webdav) share: a server with one volume on
 * the driver under test, and the round trip every driver must pass through the REST API (upload, whole
 * and ranged download, delete, nothing left on the remote server). Subclasses start their remote server
 * in {@link #remote} and this one with {@link #startServer} in a {@code @BeforeAll}; after all, this
 * server stops first, then the remote one.
 */
abstract class RemoteVolumeTestBase {

    static AutoCloseable remote;
    static Stowage server;
    static Api owner;

    /** The settings every server needs, plus {@code stowage.volumes.<volume>.<key>} for each entry. */
    static Map<String, Object> settings(String volume, Map<String, String> volumeSettings) throws IOException {
        Map<String, Object> props = new HashMap<>();
        props.put("stowage.port", "0");
        props.put("stowage.data-dir", Files.createTempDirectory("stowage-" + volume + "-volume-").toString());
        props.put("stowage.jwt-secret", Tokens.SECRET);
        volumeSettings.forEach((key, value) -> props.put("stowage.volumes." + volume + "." + key, value));
        return props;
    }

    /** Adds a local fs volume and makes it the default, so only buckets asking for the remote one use it. */
    static Map<String, Object> withLocalDefault(Map<String, Object> props) throws IOException {
        props.put("stowage.volumes.local.driver", "fs");
        props.put("stowage.volumes.local.root", Files.createTempDirectory("stowage-local-").toString());
        props.put("stowage.default-volume", "local");
        return props;
    }

    static void startServer(Map<String, Object> props, String ownerName) {
        server = Stowage.start(props);
        owner = new Api(URI.create(server.url() + "/storage/v1"), Tokens.user(ownerName));
    }

    @AfterAll
    static void stopServers() throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
        if (remote != null) {
            remote.close();
            remote = null;
        }
    }

    /** A random body of {@code size} bytes, the same for the same size. */
    static byte[] body(int size) {
        byte[] body = new byte[size];
        new Random(13).nextBytes(body);
        return body;
    }

    /** {@link #roundTrip(String, String, String, byte[], int, int, Supplier, BlobCheck)} with no check of its own. */
    static void roundTrip(String bucket, String volume, String path, byte[] body, int from, int to,
            Supplier<List<String>> blobFiles) throws IOException {
        roundTrip(bucket, volume, path, body, from, to, blobFiles, file -> {
            // the driver has nothing to add
        });
    }

    /**
     * Creates {@code bucket} on {@code volume}, uploads {@code body} as {@code path}, checks that exactly one
     * blob landed on the remote server (and hands its name to {@code uploaded} for the driver's own checks),
     * reads it back whole and the range {@code [from, to)}, deletes it, and waits until
     * {@code blobFiles} is empty again.
     */
    static void roundTrip(String bucket, String volume, String path, byte[] body, int from, int to,
            Supplier<List<String>> blobFiles, BlobCheck uploaded) throws IOException {
        String object = "/object/" + bucket + "/" + path;
        HttpResponse<String> created = owner.postJson("/bucket", "{\"id\":\"" + bucket + "\",\"volume\":\"" + volume + "\"}");
        assertEquals(200, created.statusCode(), created.body());

        HttpResponse<String> stored = owner.upload(object, "application/octet-stream", body);
        assertEquals(200, stored.statusCode(), stored.body());
        List<String> files = blobFiles.get();
        assertEquals(1, files.size(), "one blob on the remote server: " + files);
        uploaded.check(files.get(0));

        assertArrayEquals(body, read(owner.request(object).GET(), 200));
        byte[] range = read(owner.request(object).header("Range", "bytes=" + from + "-" + (to - 1)).GET(), 206);
        assertArrayEquals(Arrays.copyOfRange(body, from, to), range);

        HttpResponse<String> deleted = owner.delete(object);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(404, owner.get(object).statusCode());
        Eventually.until(blobFiles, List::isEmpty, Duration.ofSeconds(20), "the blob deleted on the remote server");
    }

    private static byte[] read(java.net.http.HttpRequest.Builder request, int status) throws IOException {
        HttpResponse<InputStream> response = owner.stream(request);
        assertEquals(status, response.statusCode());
        try (InputStream in = response.body()) {
            return in.readAllBytes();
        }
    }

    /** A driver's own check of the blob file an upload left on its server. */
    @FunctionalInterface
    interface BlobCheck {
        void check(String file) throws IOException;
    }
}
