package io.stowage.adapter.webdav;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.webdav.testing.NginxDav;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server that drops the connection or goes silent mid-transfer: the store answers with a typed error
 * in bounded time, and nothing is left under a real name or a temporary one.
 */
class WebdavFailureTest {

    private static final long MIB = 1024 * 1024;
    private static final BucketName BUCKET = new BucketName("failures");

    private static NginxDav nginx;
    private static CuttingProxy proxy;
    private static OpenedVolume direct;
    private static OpenedVolume proxied;

    @BeforeAll
    static void start() throws IOException {
        nginx = NginxDav.start();
        proxy = new CuttingProxy(nginx.port());
        direct = TestVolumes.open(nginx.url(), Map.of());
        proxied = TestVolumes.open(proxy.url(), Map.of("io-timeout", "1s", "connect-timeout", "1s"));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (proxied != null) {
                proxied.resources().close();
            }
            if (direct != null) {
                direct.resources().close();
            }
            if (proxy != null) {
                proxy.close();
            }
        } finally {
            nginx.close();
        }
    }

    private static BlobLocation fresh() {
        return new BlobLocation(TestVolumes.VOLUME, BUCKET, VersionId.random());
    }

    private static BlobStore store() {
        return proxied.store();
    }

    @Test
    void aConnectionDroppedMidUploadIsUnavailableAndKeepsNothing() {
        BlobLocation location = fresh();
        proxy.arm(CuttingProxy.Direction.UPLOAD, 2 * MIB, false);

        assertThrows(StorageUnavailable.class, () -> store().put(location, new GeneratedBytes(1, 20 * MIB), 100 * MIB));

        assertFalse(direct.store().exists(location));
        assertEquals(List.of(), TestVolumes.temps(nginx));
        assertTrue(nginx.files().stream().noneMatch(name -> name.contains(location.version().toString())), nginx.files().toString());
    }

    @Test
    void aServerSilentMidUploadTimesOutAndKeepsNothing() {
        BlobLocation location = fresh();
        proxy.arm(CuttingProxy.Direction.UPLOAD, 2 * MIB, true);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(StorageUnavailable.class,
                () -> store().put(location, new GeneratedBytes(2, 50 * MIB), 100 * MIB)));

        assertFalse(direct.store().exists(location));
        assertTrue(nginx.files().stream().noneMatch(name -> name.contains(location.version().toString())), nginx.files().toString());
    }

    @Test
    void aConnectionDroppedMidDownloadFailsTheReadInsteadOfEndingItEarly() throws IOException {
        BlobLocation location = fresh();
        store().put(location, new GeneratedBytes(3, 8 * MIB), 8 * MIB);
        try (BlobContent content = store().open(location)) {
            proxy.arm(CuttingProxy.Direction.DOWNLOAD, MIB, false);
            assertThrows(IOException.class, () -> {
                try (InputStream in = content.stream(0, 8 * MIB)) {
                    GeneratedBytes.digest(in);
                }
            });
        }
        try (BlobContent again = store().open(location); InputStream in = again.stream(5, 10)) {
            assertArrayEquals(GeneratedBytes.slice(3, 5, 10), in.readAllBytes(), "the blob itself is intact");
        }
    }

    @Test
    void aServerSilentMidDownloadTimesOutTheRead() throws IOException {
        BlobLocation location = fresh();
        store().put(location, new GeneratedBytes(4, 8 * MIB), 8 * MIB);
        try (BlobContent content = store().open(location)) {
            proxy.arm(CuttingProxy.Direction.DOWNLOAD, MIB, true);
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(IOException.class, () -> {
                try (InputStream in = content.stream(0, 8 * MIB)) {
                    GeneratedBytes.digest(in);
                }
            }));
        }
    }

    @Test
    void aServerThatNeverAnswersIsUnavailableWithinTheTimeouts() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(mute.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + mute.getLocalPort() + "/";
            var refused = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(RuntimeException.class,
                    () -> TestVolumes.open(url, Map.of("io-timeout", "500ms"))));
            assertTrue(refused.getMessage().startsWith("stowage.volumes.dav.url cannot be used"), refused.getMessage());
            assertFalse(refused.getMessage().contains(NginxDav.PASSWORD));
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
