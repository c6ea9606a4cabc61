package io.stowage.adapter.webdav;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.webdav.testing.NginxDav;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.testing.BlobStoreContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** Holds the WebDAV store to the blob store contract on a real nginx, and checks no temporary survives. */
class WebdavBlobStoreContractTest extends BlobStoreContract {

    private static NginxDav nginx;
    private static OpenedVolume volume;

    @BeforeAll
    static void start() {
        nginx = NginxDav.start();
        volume = TestVolumes.open(nginx.url(), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (volume != null) {
                volume.resources().close();
            }
        } finally {
            nginx.close();
        }
    }

    @AfterEach
    void noTemporarySurvivesAnyOutcome() {
        assertEquals(List.of(), TestVolumes.temps(nginx));
    }

    @Override
    protected BlobStore store() {
        return volume.store();
    }

    @Override
    protected boolean runsHundredMebibyteRoundTrip() {
        return true;
    }
}
