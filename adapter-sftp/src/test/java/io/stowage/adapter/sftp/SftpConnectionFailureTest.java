package io.stowage.adapter.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.sftp.testing.CuttingProxy;
import io.stowage.adapter.sftp.testing.SftpTestServer;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server or the network failing under the store: a connection dropped mid-upload or mid-download,
 * a server that is not there, one that accepts TCP and never answers. Each is a typed
 * {@link StorageUnavailable} (503 + Retry-After), nothing is left under a real name, and the store
 * reconnects by itself once the server is back.
 */
class SftpConnectionFailureTest {

    private static final long MIB = 1024 * 1024;
    private static final BucketName BUCKET = new BucketName("drops");

    private static SftpTestServer server;
    private static CuttingProxy proxy;
    private static OpenedVolume volume;

    @BeforeAll
    static void start() {
        server = SftpTestServer.start();
        proxy = new CuttingProxy(server.port());
        Map<String, String> settings = new HashMap<>(server.volumeSettings("drops"));
        settings.put("port", String.valueOf(proxy.port()));
        volume = SftpVolumes.open(settings);
    }

    @AfterAll
    static void stop() throws Exception {
        volume.resources().close();
        proxy.close();
        server.close();
    }

    private static BlobStore store() {
        return volume.store();
    }

    @Test
    void aConnectionDroppedMidUploadIsUnavailableLeavesNothingAndTheNextUploadReconnects() throws IOException {
        BlobLocation warmUp = new BlobLocation(BUCKET, VersionId.random());
        store().put(warmUp, new GeneratedBytes(1, 1000), 1000);
        BlobLocation location = new BlobLocation(BUCKET, VersionId.random());
        int cutsBefore = proxy.cuts();

        proxy.cutAfter(3 * MIB);
        assertThrows(StorageUnavailable.class, () -> store().put(location, new GeneratedBytes(2, 20 * MIB), 40 * MIB));

        assertEquals(cutsBefore + 1, proxy.cuts(), "the proxy cut the transfer");
        assertFalse(store().exists(location), "nothing under the real name");
        assertEquals(List.of("drops/drops/" + warmUp.version()), server.files(), "no partial left either");

        BlobLocation after = new BlobLocation(BUCKET, VersionId.random());
        store().put(after, new GeneratedBytes(3, 2 * MIB), 4 * MIB);
        try (BlobContent content = store().open(after); InputStream in = content.stream(0, 2 * MIB)) {
            assertEquals(GeneratedBytes.sha256(3, 2 * MIB), GeneratedBytes.digest(in));
        }
    }

    @Test
    void aConnectionDroppedMidDownloadFailsTheStreamAndTheStoreRecovers() throws IOException {
        BlobLocation location = new BlobLocation(BUCKET, VersionId.random());
        store().put(location, new GeneratedBytes(4, 8 * MIB), 8 * MIB);
        try (BlobContent content = store().open(location); InputStream in = content.stream(0, 8 * MIB)) {
            in.readNBytes((int) MIB);
            proxy.cutAfter(0);
            // the relay only counts upstream bytes: the stream's next read request trips it
            assertThrows(IOException.class, () -> GeneratedBytes.digest(in));
        }
        assertTrue(store().exists(location), "the blob itself is untouched");
    }

    @Test
    void aServerThatIsNotThereIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> settings = new HashMap<>(server.volumeSettings("nowhere"));
        settings.put("port", String.valueOf(closedPort));
        OpenedVolume nowhere = SftpVolumes.open(settings);
        try {
            BlobLocation location = new BlobLocation(BUCKET, VersionId.random());
            assertThrows(StorageUnavailable.class, () -> nowhere.store().put(location, new GeneratedBytes(1, 10), 10));
            assertThrows(StorageUnavailable.class, () -> nowhere.store().exists(location));
            IllegalStateException probe = assertThrows(IllegalStateException.class, () -> nowhere.probe().check());
            assertTrue(probe.getMessage().startsWith("connect failed"), probe.getMessage());
        } finally {
            nowhere.resources().close();
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutAsUnavailable() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket held = silent.accept()) {
                    held.getInputStream().readAllBytes();
                } catch (IOException ignored) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Map<String, String> settings = new HashMap<>(server.volumeSettings("silent"));
            settings.put("port", String.valueOf(silent.getLocalPort()));
            settings.put("connect-timeout", "500ms");
            OpenedVolume quiet = SftpVolumes.open(settings);
            try {
                long started = System.nanoTime();
                assertThrows(StorageUnavailable.class,
                        () -> quiet.store().exists(new BlobLocation(BUCKET, VersionId.random())));
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "gave up after " + took);
            } finally {
                quiet.resources().close();
            }
        }
    }
}
