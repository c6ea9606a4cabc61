package io.stowage.adapter.s3;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.adapter.s3.testing.S3ProxyExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import io.minio.errors.ServerException;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A store that cannot serve: every operation fails fast with {@link StorageUnavailable}, whose message
 * names neither the endpoint nor a credential.
 */
class S3UnavailableStoreTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private static final Duration IO_TIMEOUT = Duration.ofSeconds(1);
    private static final BlobLocation LOCATION = new BlobLocation(new BucketName("avatars"), VersionId.random());

    @Test
    void aClosedPortIsUnavailableAtOnce() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertEveryOperationUnavailable("http://127.0.0.1:" + port,
                (failure, took) -> assertTrue(causedBy(failure, ConnectException.class), Failures.messages(failure)));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        // the kernel completes connections into the backlog; nobody ever reads or answers them
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertEveryOperationUnavailable("http://127.0.0.1:" + silent.getLocalPort(),
                    (failure, took) -> {
                        // OkHttp reports the read timeout itself, or the socket its watchdog closed on expiry
                        assertTrue(causedBy(failure, IOException.class), Failures.messages(failure));
                        assertTrue(took.compareTo(IO_TIMEOUT) >= 0, "gave up before the timeout: " + took);
                    });
        }
    }

    @Test
    void aServerAnsweringFiveHundredsIsUnavailable() throws Exception {
        try (FailingS3Server server = new FailingS3Server()) {
            assertEveryOperationUnavailable(server.endpoint(),
                    (failure, took) -> assertTrue(carriesTheServerError(failure), "the store's own answer is the cause"));
        }
    }

    private static void assertEveryOperationUnavailable(String endpoint, BiConsumer<StorageUnavailable, Duration> more)
            throws Exception {
        S3Settings settings = new S3Settings(endpoint, "us-east-1", "blobs", S3Proxy.ACCESS_KEY, S3Proxy.SECRET_KEY,
                true, "", Duration.ofMillis(500), IO_TIMEOUT);
        try (MinioClient client = S3Clients.create(settings)) {
            S3BlobStore store = new S3BlobStore(client, "blobs", "");
            List<Executable> operations = List.of(
                    () -> store.put(LOCATION, new GeneratedBytes(1, 1000), 10_000),
                    () -> store.open(LOCATION),
                    () -> store.exists(LOCATION),
                    () -> store.delete(LOCATION));
            for (Executable operation : operations) {
                long start = System.nanoTime();
                StorageUnavailable failure = assertThrows(StorageUnavailable.class, operation);
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertTrue(took.compareTo(QUICKLY) < 0, "took " + took);
                assertEquals(S3Failures.UNAVAILABLE, failure.getMessage());
                String everything = Failures.messages(failure);
                assertFalse(everything.contains(S3Proxy.SECRET_KEY), "the secret leaked into " + everything);
                more.accept(failure, took);
            }
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** A HEAD answer has no body, so the client reports its status alone. */
    private static boolean carriesTheServerError(StorageUnavailable failure) {
        return "InternalError".equals(S3Failures.errorCode(failure))
                || failure.getCause() instanceof ServerException server && server.statusCode() == 500;
    }
}
