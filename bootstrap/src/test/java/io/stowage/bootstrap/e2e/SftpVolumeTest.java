package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.sftp.testing.SftpTestServer;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A configuration-file volume on the {@code sftp} driver, against MINA SSHD's SFTP server in process:
 * a bucket on it takes an upload, serves it whole and by range, and a delete leaves nothing on the
 * server. Named without the E2eTest suffix so that it runs once, not again in the S3 pass.
 */
class SftpVolumeTest extends RemoteVolumeTestBase {

    private static SftpTestServer sftp;

    @BeforeAll
    static void start() throws IOException {
        sftp = SftpTestServer.start();
        remote = sftp;
        Map<String, String> volume = new HashMap<>(sftp.volumeSettings("/stowage"));
        volume.put("driver", "sftp");
        startServer(withLocalDefault(settings("remote", volume)), "sftp-owner");
    }

    private static List<String> blobFiles() {
        return sftp.files().stream().filter(name -> name.startsWith("stowage/sftp-bucket/")).toList();
    }

    @Test
    void aBucketOnAnSftpVolumeStoresServesRangesAndDeletesItsBlobs() throws IOException {
        roundTrip("sftp-bucket", "remote", "dir/a.bin", body(300_000), 1000, 71_000, SftpVolumeTest::blobFiles);
        assertEquals(List.of(), sftp.files().stream().filter(name -> !name.startsWith("stowage/.stowage-probe/")).toList(),
                "nothing left on the SFTP server");
    }

    @Test
    void healthProbesTheSftpVolume() {
        var health = new Api(server.url(), null).get("/health");
        assertEquals(200, health.statusCode(), health.body());
    }
}
