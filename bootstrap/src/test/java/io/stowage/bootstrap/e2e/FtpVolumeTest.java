package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.ftp.testing.FtpTestServer;
import io.stowage.bootstrap.Stowage;
import java.io.IOException;
import java.io.InputStream;
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
 * A configuration-file volume on the ftp driver, against Apache FtpServer in this process: a bucket on it
 * takes an upload, serves it whole and by range, and a delete leaves nothing on the FTP server. Named
 * *Test, not *E2eTest, so the build runs it once, not again with the S3 default volume.
 */
class FtpVolumeTest {

    private static FtpTestServer ftp;
    private static Stowage server;
    private static Api owner;

    @BeforeAll
    static void start() throws Exception {
        ftp = FtpTestServer.start();
        Path dataDir = Files.createTempDirectory("stowage-ftp-volume-");
        Map<String, Object> props = new HashMap<>();
        props.put("stowage.port", "0");
        props.put("stowage.data-dir", dataDir.toString());
        props.put("stowage.jwt-secret", Tokens.SECRET);
        props.put("stowage.volumes.remote.driver", "ftp");
        props.put("stowage.volumes.remote.host", "127.0.0.1");
        props.put("stowage.volumes.remote.port", Integer.toString(ftp.port()));
        props.put("stowage.volumes.remote.user", FtpTestServer.USER);
        props.put("stowage.volumes.remote.password", FtpTestServer.PASSWORD);
        props.put("stowage.volumes.remote.root", "/stowage");
        props.put("stowage.volumes.remote.io-timeout", "20s");
        server = Stowage.start(props);
        owner = new Api(URI.create(server.url() + "/storage/v1"), Tokens.user("ftp-owner"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        ftp.close();
    }

    @Test
    void aBucketOnAnFtpVolumeStoresServesRangesAndDeletesOnTheServer() throws IOException {
        HttpResponse<String> created = owner.postJson("/bucket", "{\"id\":\"ftp-files\",\"volume\":\"remote\"}");
        assertEquals(200, created.statusCode(), created.body());
        byte[] body = new byte[3 * 1024 * 1024 + 17];
        new Random(13).nextBytes(body);

        HttpResponse<String> uploaded = owner.upload("/object/ftp-files/docs/report.bin", "application/octet-stream", body);
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        List<String> stored = ftp.files();
        assertEquals(1, stored.size(), stored.toString());
        assertTrue(stored.get(0).startsWith("stowage/ftp-files/"), stored.toString());
        assertEquals(body.length, Files.size(ftp.home().resolve(stored.get(0))));

        assertArrayEquals(body, read(owner.request("/object/ftp-files/docs/report.bin").GET(), 200));
        byte[] range = read(owner.request("/object/ftp-files/docs/report.bin").header("Range", "bytes=1000000-1999999")
                .GET(), 206);
        assertArrayEquals(Arrays.copyOfRange(body, 1_000_000, 2_000_000), range);

        assertEquals(200, owner.delete("/object/ftp-files/docs/report.bin").statusCode());
        assertEquals(404, owner.get("/object/ftp-files/docs/report.bin").statusCode());
        Eventually.until(() -> filesQuietly(), List::isEmpty, Duration.ofSeconds(20), "no file left on the FTP server");
    }

    private static byte[] read(java.net.http.HttpRequest.Builder request, int status) throws IOException {
        HttpResponse<InputStream> response = owner.stream(request);
        assertEquals(status, response.statusCode());
        try (InputStream in = response.body()) {
            return in.readAllBytes();
        }
    }

    private static List<String> filesQuietly() {
        try {
            return ftp.files();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
