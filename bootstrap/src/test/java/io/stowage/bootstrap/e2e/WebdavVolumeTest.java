package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.webdav.testing.NginxDav;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A configuration-file volume on the webdav driver, against a real nginx with its DAV modules: a bucket
 * on it takes an upload, serves it whole and by range, and a delete leaves no file on the server. Named
 * without the E2eTest suffix so that it runs once, not again in the suite's S3 execution.
 */
class WebdavVolumeTest extends RemoteVolumeTestBase {

    private static NginxDav nginx;

    @BeforeAll
    static void start() throws IOException {
        nginx = NginxDav.start();
        remote = nginx;
        startServer(withLocalDefault(settings("dav", Map.of(
                "driver", "webdav",
                "url", nginx.url(),
                "root", "stowage",
                "auth", "basic",
                "user", NginxDav.USER,
                "password", NginxDav.PASSWORD))), "dav-owner");
    }

    private static List<String> blobFiles() {
        return nginx.files().stream().filter(name -> name.startsWith("stowage/dav-bucket/")).toList();
    }

    @Test
    void aBucketOnWebdavUploadsDownloadsServesRangesAndDeletesWithoutLeftovers() throws IOException {
        byte[] body = body(3 * 1024 * 1024 + 17);
        roundTrip("dav-bucket", "dav", "docs/big.bin", body, 1_000_000, 1_000_100, WebdavVolumeTest::blobFiles, stored -> {
            assertEquals("dav", Json.body(owner.get("/bucket/dav-bucket")).get("volume").asText());
            assertEquals(body.length, Files.size(nginx.root().resolve(stored)));
        });
        assertTrue(nginx.files().stream().noneMatch(name -> name.contains(".stowage-tmp")), nginx.files().toString());
        assertEquals(List.of(), nginx.files(), "nothing at all left on the WebDAV server");
    }
}
