package io.stowage.adapter.sftp;

import io.stowage.adapter.sftp.testing.SftpTestServer;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.testing.ThroughputHarness;
import org.junit.jupiter.api.Test;

/**
 * Measures, for the record, how fast blobs go up to and come back from the in-process SFTP server on
 * this machine (over loopback, encrypted), one at a time. The figures are printed, not asserted; the
 * bytes that came back are.
 */
class SftpThroughputTest {

    @Test
    void printsUploadAndDownloadSpeeds() throws Exception {
        try (SftpTestServer server = SftpTestServer.start()) {
            OpenedVolume volume = SftpVolumes.open(server.volumeSettings("throughput"));
            try {
                ThroughputHarness.printSpeeds("sftp", volume.store());
            } finally {
                volume.resources().close();
            }
        }
    }
}
