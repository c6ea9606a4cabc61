package io.stowage.adapter.s3;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.adapter.s3.testing.S3ProxyExtension;

import static io.stowage.adapter.s3.S3BlobStore.MIB;
import static io.stowage.adapter.s3.S3BlobStore.PART_BYTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploaders that stall mid-body must not hold up everyone else. The S3 client reads later parts inside
 * its HTTP threads, so with OkHttp's default of 5 calls per host, 6 stalled uploads would queue every
 * other request behind them.
 */
@ExtendWith(S3ProxyExtension.class)
class S3SlowUploadsTest {

    private static final int STALLED = 6;
    private static final BucketName BUCKET = new BucketName("avatars");

    @Test
    void stalledUploadsLeaveRoomForOtherRequests(S3Proxy s3) throws Exception {
        s3.createBucket("slow-uploads");
        CountDownLatch allStalled = new CountDownLatch(STALLED);
        CountDownLatch resume = new CountDownLatch(1);
        ExecutorService uploaders = Executors.newFixedThreadPool(STALLED);
        try (MinioClient client = TestClients.of(s3)) {
            S3BlobStore store = new S3BlobStore(client, "slow-uploads", "");
            List<Future<BlobWritten>> uploads = new ArrayList<>();
            for (int i = 0; i < STALLED; i++) {
                BlobLocation location = new BlobLocation(BUCKET, VersionId.random());
                InputStream stalling = new StallsOnce(PART_BYTES + MIB, allStalled, resume);
                uploads.add(uploaders.submit(() -> store.put(location, stalling, 20 * MIB)));
            }
            assertTrue(allStalled.await(60, TimeUnit.SECONDS), "every upload reached its second part");

            CompletableFuture<Boolean> lookup = CompletableFuture.supplyAsync(
                    () -> store.exists(new BlobLocation(BUCKET, VersionId.random())));
            Boolean found;
            try {
                found = lookup.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException waitedBehindUploads) {
                found = null;
            }
            resume.countDown();

            assertEquals(Boolean.FALSE, found, "a lookup must be answered while uploads stall");
            for (Future<BlobWritten> upload : uploads) {
                assertEquals(2 * (PART_BYTES + MIB), upload.get(60, TimeUnit.SECONDS).size());
            }
        } finally {
            resume.countDown();
            uploaders.shutdownNow();
        }
    }

    /** Gives some bytes, stalls until told to go on, then gives as many again: a slow mobile uploader. */
    private static final class StallsOnce extends InputStream {

        private final InputStream bytes;
        private final CountDownLatch stalled;
        private final CountDownLatch resume;
        private long beforeStall;

        StallsOnce(long beforeStall, CountDownLatch stalled, CountDownLatch resume) {
            this.bytes = new GeneratedBytes(5, 2 * beforeStall);
            this.beforeStall = beforeStall;
            this.stalled = stalled;
            this.resume = resume;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (beforeStall == 0) {
                stalled.countDown();
                try {
                    resume.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while stalled", e);
                }
                beforeStall = -1;
            }
            int wanted = beforeStall > 0 ? (int) Math.min(length, beforeStall) : length;
            int read = bytes.read(target, offset, wanted);
            if (beforeStall > 0 && read > 0) {
                beforeStall -= read;
            }
            return read;
        }
    }
}
