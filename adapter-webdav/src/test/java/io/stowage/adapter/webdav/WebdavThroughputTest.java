package io.stowage.adapter.webdav;

import io.stowage.adapter.webdav.testing.NginxDav;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.testing.ThroughputHarness;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures, for the record, how fast blobs go up to and come back from nginx's WebDAV on this machine,
 * one at a time. The figures are printed, not asserted; the bytes that came back are.
 */
class WebdavThroughputTest {

    @Test
    void printsUploadAndDownloadSpeeds() throws Exception {
        try (NginxDav nginx = NginxDav.start()) {
            OpenedVolume volume = TestVolumes.open(nginx.url(), Map.of());
            try {
                ThroughputHarness.printSpeeds("webdav (nginx)", volume.store());
            } finally {
                volume.resources().close();
            }
        }
    }
}
