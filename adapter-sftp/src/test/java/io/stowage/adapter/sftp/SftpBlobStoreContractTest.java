package io.stowage.adapter.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.adapter.sftp.testing.SftpTestServer;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.testing.BlobStoreContract;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Holds the SFTP store to the blob store contract on a real SFTP server (MINA SSHD in process, on
 * loopback), 100 MiB round trip included, and checks no partial file survives any outcome.
 */
class SftpBlobStoreContractTest extends BlobStoreContract {

    private static SftpTestServer server;
    private static OpenedVolume volume;

    @BeforeAll
    static void start() {
        server = SftpTestServer.start();
        volume = SftpVolumes.open(server.volumeSettings("/volumes/contract"));
    }

    @AfterAll
    static void stop() throws Exception {
        volume.resources().close();
        server.close();
    }

    @AfterEach
    void noPartialFileSurvivesAnyOutcome() {
        assertEquals(List.of(), server.files().stream().filter(name -> name.endsWith(BlobPaths.PARTIAL_SUFFIX)).toList());
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
