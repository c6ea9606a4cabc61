package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.webdav.testing.NginxDav;
import io.stowage.bootstrap.Stowage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A configuration-file volume on the webdav driver, against a real nginx with its DAV modules: a bucket
 * on it takes an upload, serves it whole and by range, and a delete leaves no file on the server. Named
 * without the E2eTest suffix so that it runs once, not again in the suite's S3 execution.
 */
class WebdavVolumeTest {

    private static NginxDav nginx;
    private static Stowage server;
    private static Api owner;

    @BeforeAll
    static void start() throws IOException {
        nginx = NginxDav.start();
        Path dataDir = Files.createTempDirectory("stowage-webdav-volume-");
        Map<String, Object> props = new HashMap<>();
        props.put("stowage.port", "0");
        props.put("stowage.data-dir", dataDir.toString());
        props.put("stowage.jwt-secret", Tokens.SECRET);
        props.put("stowage.volumes.local.driver", "fs");
        props.put("stowage.volumes.local.root", dataDir.resolve("blobs").toString());
        props.put("stowage.volumes.dav.driver", "webdav");
        props.put("stowage.volumes.dav.url", nginx.url());
        props.put("stowage.volumes.dav.root", "stowage");
        props.put("stowage.volumes.dav.auth", "basic");
        props.put("stowage.volumes.dav.user", NginxDav.USER);
        props.put("stowage.volumes.dav.password", NginxDav.PASSWORD);
        props.put("stowage.default-volume", "local");
        server = Stowage.start(props);
        owner = new Api(URI.create(server.url() + "/storage/v1"), Tokens.user("dav-owner"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        nginx.close();
    }

    private static List<String> blobFiles() {
        return nginx.files().stream().filter(name -> name.startsWith("stowage/dav-bucket/")).toList();
    }

    @Test
    void aBucketOnWebdavUploadsDownloadsServesRangesAndDeletesWithoutLeftovers() throws IOException {
        assertEquals(200, owner.postJson("/bucket", "{\"id\":\"dav-bucket\",\"volume\":\"dav\"}").statusCode());
        assertEquals("dav", Json.body(owner.get("/bucket/dav-bucket")).get("volume").asText());
        byte[] body = new byte[3 * 1024 * 1024 + 17];
        new Random(13).nextBytes(body);

        HttpResponse<String> uploaded = owner.upload("/object/dav-bucket/docs/big.bin", "application/octet-stream", body);
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        assertEquals(1, blobFiles().size(), "one blob on the WebDAV server: " + nginx.files());
        assertEquals(body.length, Files.size(nginx.root().resolve(blobFiles().get(0))));

        HttpResponse<java.io.InputStream> whole = owner.stream(owner.request("/object/dav-bucket/docs/big.bin").GET());
        assertEquals(200, whole.statusCode());
        try (var in = whole.body()) {
            assertArrayEquals(body, in.readAllBytes());
        }
        HttpResponse<java.io.InputStream> range = owner.stream(owner.request("/object/dav-bucket/docs/big.bin")
                .header("Range", "bytes=1000000-1000099").GET());
        assertEquals(206, range.statusCode());
        try (var in = range.body()) {
            assertArrayEquals(Arrays.copyOfRange(body, 1_000_000, 1_000_100), in.readAllBytes());
        }

        HttpResponse<String> deleted = owner.delete("/object/dav-bucket/docs/big.bin");
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(404, owner.get("/object/dav-bucket/docs/big.bin").statusCode());
        Eventually.until(WebdavVolumeTest::blobFiles, List::isEmpty, Duration.ofSeconds(10), "the blob deleted on the server");
        assertTrue(nginx.files().stream().noneMatch(name -> name.contains(".stowage-tmp")), nginx.files().toString());
        assertEquals(List.of(), nginx.files(), "nothing at all left on the WebDAV server");
    }
}
