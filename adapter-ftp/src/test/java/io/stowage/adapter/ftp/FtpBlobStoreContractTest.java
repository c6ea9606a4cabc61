package io.stowage.adapter.ftp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.ftp.testing.FtpTestServer;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.testing.BlobStoreContract;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** Holds the FTP store to the blob store contract on a real FTP server, and checks no partial survives. */
class FtpBlobStoreContractTest extends BlobStoreContract {

    private static FtpTestServer server;
    private static FtpVolumes.Volume volume;

    @BeforeAll
    static void start() throws Exception {
        server = FtpTestServer.start();
        volume = FtpVolumes.open(server.volumeSettings("/volumes/contract"));
    }

    @AfterAll
    static void stop() throws Exception {
        volume.resources().close();
        server.close();
    }

    @AfterEach
    void noPartialSurvivesAnyOutcome() throws Exception {
        assertEquals(List.of(), server.files().stream().filter(name -> name.endsWith(FtpLayout.PARTIAL_SUFFIX)).toList());
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
