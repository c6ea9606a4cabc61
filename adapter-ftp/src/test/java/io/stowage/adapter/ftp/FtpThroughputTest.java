package io.stowage.adapter.ftp;

import io.stowage.adapter.ftp.testing.FtpTestServer;
import io.stowage.application.testing.ThroughputHarness;
import org.junit.jupiter.api.Test;

/**
 * Measures, for the record, how fast blobs go up to and come back from the in-process FtpServer on
 * loopback, one at a time. The figures are printed, not asserted; the bytes that came back are.
 */
class FtpThroughputTest {

    @Test
    void printsUploadAndDownloadSpeeds() throws Exception {
        try (FtpTestServer server = FtpTestServer.start();
                FtpVolumes.Volume volume = FtpVolumes.open(server.volumeSettings("/throughput"))) {
            ThroughputHarness.printSpeeds("ftp", volume.store());
        }
    }
}
