package io.stowage.adapter.ftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.ftp.testing.FtpTestServer;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server that drops its connections mid-transfer, or never answers: typed errors, nothing half-stored. */
class FtpFailuresTest {

    private static final long MIB = 1024 * 1024;
    private static final String ROOT = "/volumes/failures";

    private static FtpTestServer server;
    private static FtpVolumes.Volume direct;

    @BeforeAll
    static void start() throws Exception {
        server = FtpTestServer.start();
        direct = FtpVolumes.open(server.volumeSettings(ROOT));
    }

    @AfterAll
    static void stop() throws Exception {
        direct.resources().close();
        server.close();
    }

    @Test
    void anUploadCutMidwayIsUnavailableAndLeavesNothingUnderTheRealName() throws Exception {
        BlobLocation location = fresh();
        try (CuttingFtpProxy proxy = new CuttingFtpProxy(server.port(), MIB);
                FtpVolumes.Volume proxied = throughProxy(proxy, "5s")) {
            assertThrows(StorageUnavailable.class,
                    () -> proxied.store().put(location, new GeneratedBytes(1, 20 * MIB), 100 * MIB));
            assertTrue(proxy.hasCut());
        }
        assertFalse(store().exists(location));
        assertFalse(server.files().stream().anyMatch(name -> name.endsWith(location.version().toString())),
                "nothing under the real name");
        // the cleanup could not reach the server through the dead proxy: the recovery path removes the partial
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        do {
            store().discardPartial(location);
        } while (partialsOf(location).size() > 0 && Instant.now().isBefore(deadline));
        assertEquals(List.of(), partialsOf(location));
    }

    @Test
    void aDownloadCutMidwayFailsTheReaderAndLeavesTheBlobIntact() throws Exception {
        BlobLocation location = fresh();
        store().put(location, new GeneratedBytes(2, 5 * MIB), 10 * MIB);
        try (CuttingFtpProxy proxy = new CuttingFtpProxy(server.port(), MIB);
                FtpVolumes.Volume proxied = throughProxy(proxy, "5s")) {
            // the cut lands on the data transfer or, when the control connection's bytes reach the limit
            // first, on opening it: either way the reader fails with a typed error, never a short read
            Exception failure = assertThrows(Exception.class, () -> {
                try (BlobContent content = proxied.store().open(location);
                        InputStream stream = content.stream(0, 5 * MIB)) {
                    stream.readAllBytes();
                }
            });
            assertTrue(failure instanceof IOException || failure instanceof StorageUnavailable,
                    "a typed failure: " + failure);
            assertTrue(proxy.hasCut());
        }
        try (BlobContent content = store().open(location)) {
            assertEquals(GeneratedBytes.sha256(2, 5 * MIB), GeneratedBytes.digest(content.stream(0, 5 * MIB)));
        }
    }

    @Test
    void aReaderClosingEarlyLeavesTheConnectionInStepForTheNextCommand() throws Exception {
        BlobLocation location = fresh();
        try (FtpVolumes.Volume single = FtpVolumes.open(FtpVolumes.with(server.volumeSettings(ROOT), "pool-size", "1"))) {
            single.store().put(location, new GeneratedBytes(3, 4 * MIB), 10 * MIB);
            for (int round = 0; round < 5; round++) {
                try (BlobContent content = single.store().open(location);
                        InputStream head = content.stream(round * 1000L, 4 * MIB - round * 1000L)) {
                    assertArrayEquals(GeneratedBytes.slice(3, round * 1000L, 10), head.readNBytes(10));
                }
            }
            assertTrue(single.store().exists(location));
            single.store().delete(location);
            assertFalse(single.store().exists(location));
        }
    }

    @Test
    void aServerThatNeverAnswersIsUnavailableWithinTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                FtpVolumes.Volume volume = FtpVolumes.open(Map.of("host", "127.0.0.1",
                        "port", Integer.toString(silent.getLocalPort()), "user", "u", "password", "never-shown",
                        "io-timeout", "300ms", "connect-timeout", "300ms"))) {
            Instant started = Instant.now();
            assertThrows(StorageUnavailable.class,
                    () -> volume.store().put(fresh(), new GeneratedBytes(4, 10), 10));
            assertThrows(StorageUnavailable.class, () -> volume.store().exists(fresh()));
            assertTrue(Duration.between(started, Instant.now()).compareTo(Duration.ofSeconds(10)) < 0);
            IllegalStateException probe = assertThrows(IllegalStateException.class, () -> volume.probe().check());
            assertFalse(probe.getMessage().contains("never-shown"), probe.getMessage());
        }
    }

    @Test
    void aWrongPasswordFailsTheProbeNamingTheStepAndNotThePassword() throws Exception {
        try (FtpVolumes.Volume volume = FtpVolumes.open(FtpVolumes.with(server.volumeSettings(ROOT), "password", "wrong-one"))) {
            IllegalStateException probe = assertThrows(IllegalStateException.class, () -> volume.probe().check());
            assertTrue(probe.getMessage().startsWith("login refused"), probe.getMessage());
            assertFalse(probe.getMessage().contains("wrong-one"));
        }
    }

    @Test
    void theProbeWritesReadsAndDeletesLeavingNothing() throws Exception {
        try (FtpVolumes.Volume volume = FtpVolumes.open(server.volumeSettings("/volumes/probed"))) {
            volume.probe().check();
        }
        assertFalse(server.files().stream().anyMatch(name -> name.startsWith("volumes/probed")));
    }

    private static FtpVolumes.Volume throughProxy(CuttingFtpProxy proxy, String ioTimeout) {
        Map<String, String> settings = FtpVolumes.with(server.volumeSettings(ROOT), "port", Integer.toString(proxy.port()));
        return FtpVolumes.open(FtpVolumes.with(settings, "io-timeout", ioTimeout));
    }

    private static List<String> partialsOf(BlobLocation location) throws IOException {
        return server.files().stream().filter(name -> name.contains(location.version().toString())).toList();
    }

    private static BlobStore store() {
        return direct.store();
    }

    private static BlobLocation fresh() {
        return new BlobLocation(new BucketName("failures"), VersionId.random());
    }
}
