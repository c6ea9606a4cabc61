package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.sftp.testing.SftpTestServer;
import io.stowage.bootstrap.Stowage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
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
 * A configuration-file volume on the {@code sftp} driver, against MINA SSHD's SFTP server in process:
 * a bucket on it takes an upload, serves it whole and by range, and a delete leaves nothing on the
 * server. Named without the E2eTest suffix so that it runs once, not again in the S3 pass.
 */
class SftpVolumeTest {

    private static SftpTestServer sftp;
    private static Stowage server;
    private static Api owner;

    @BeforeAll
    static void start() throws IOException {
        sftp = SftpTestServer.start();
        Map<String, Object> props = new HashMap<>();
        props.put("stowage.port", "0");
        props.put("stowage.data-dir", Files.createTempDirectory("stowage-sftp-volume-").toString());
        props.put("stowage.jwt-secret", Tokens.SECRET);
        props.put("stowage.volumes.local.driver", "fs");
        props.put("stowage.volumes.local.root", Files.createTempDirectory("stowage-sftp-local-").toString());
        props.put("stowage.volumes.remote.driver", "sftp");
        sftp.volumeSettings("/stowage").forEach((key, value) -> props.put("stowage.volumes.remote." + key, value));
        props.put("stowage.default-volume", "local");
        server = Stowage.start(props);
        owner = new Api(URI.create(server.url() + "/storage/v1"), Tokens.user("sftp-owner"));
    }

    @AfterAll
    static void stop() {
        server.close();
        sftp.close();
    }

    private static List<String> blobFiles() {
        return sftp.files().stream().filter(name -> name.startsWith("stowage/sftp-bucket/")).toList();
    }

    @Test
    void aBucketOnAnSftpVolumeStoresServesRangesAndDeletesItsBlobs() throws IOException {
        assertEquals(200, owner.postJson("/bucket", "{\"id\":\"sftp-bucket\",\"volume\":\"remote\"}").statusCode());
        byte[] body = new byte[300_000];
        new Random(13).nextBytes(body);

        var uploaded = owner.upload("/object/sftp-bucket/dir/a.bin", "application/octet-stream", body);
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        assertEquals(1, blobFiles().size(), "one blob on the SFTP server: " + sftp.files());

        var whole = owner.stream(owner.request("/object/sftp-bucket/dir/a.bin").GET());
        assertEquals(200, whole.statusCode());
        try (InputStream in = whole.body()) {
            assertArrayEquals(body, in.readAllBytes());
        }

        var range = owner.stream(owner.request("/object/sftp-bucket/dir/a.bin").header("Range", "bytes=1000-70999").GET());
        assertEquals(206, range.statusCode());
        assertEquals("bytes 1000-70999/300000", range.headers().firstValue("Content-Range").orElseThrow());
        try (InputStream in = range.body()) {
            assertArrayEquals(Arrays.copyOfRange(body, 1000, 71_000), in.readAllBytes());
        }

        assertEquals(200, owner.delete("/object/sftp-bucket/dir/a.bin").statusCode());
        assertEquals(404, owner.get("/object/info/sftp-bucket/dir/a.bin").statusCode());
        Eventually.until(SftpVolumeTest::blobFiles, List::isEmpty, Duration.ofSeconds(20), "the blob gone from the server");
        assertEquals(List.of(), sftp.files().stream().filter(name -> !name.startsWith("stowage/.stowage-probe/")).toList(),
                "nothing left on the SFTP server");
    }

    @Test
    void healthProbesTheSftpVolume() {
        var health = new Api(server.url(), null).get("/health");
        assertEquals(200, health.statusCode(), health.body());
    }
}
