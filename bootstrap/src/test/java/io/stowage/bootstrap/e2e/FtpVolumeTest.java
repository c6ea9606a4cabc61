package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.ftp.testing.FtpTestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A configuration-file volume on the ftp driver, against Apache FtpServer in this process: a bucket on it
 * takes an upload, serves it whole and by range, and a delete leaves nothing on the FTP server. Named
 * *Test, not *E2eTest, so the build runs it once, not again with the S3 default volume.
 */
class FtpVolumeTest extends RemoteVolumeTestBase {

    private static FtpTestServer ftp;

    @BeforeAll
    static void start() throws Exception {
        ftp = FtpTestServer.start();
        remote = ftp;
        startServer(settings("remote", Map.of(
                "driver", "ftp",
                "host", "127.0.0.1",
                "port", Integer.toString(ftp.port()),
                "user", FtpTestServer.USER,
                "password", FtpTestServer.PASSWORD,
                "root", "/stowage",
                "io-timeout", "20s")), "ftp-owner");
    }

    @Test
    void aBucketOnAnFtpVolumeStoresServesRangesAndDeletesOnTheServer() throws IOException {
        byte[] body = body(3 * 1024 * 1024 + 17);
        roundTrip("ftp-files", "remote", "docs/report.bin", body, 1_000_000, 2_000_000, FtpVolumeTest::filesQuietly,
                stored -> {
                    assertTrue(stored.startsWith("stowage/ftp-files/"), stored);
                    assertEquals(body.length, Files.size(ftp.home().resolve(stored)));
                });
    }

    private static List<String> filesQuietly() {
        try {
            return ftp.files();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
