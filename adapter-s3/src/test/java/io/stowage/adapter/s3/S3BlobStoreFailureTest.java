package io.stowage.adapter.s3;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.adapter.s3.testing.S3ProxyExtension;

import static io.stowage.adapter.s3.S3BlobStore.MIB;
import static io.stowage.adapter.s3.S3BlobStore.PART_BYTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.minio.MinioClient;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.blob.MeasuringInputStream;
import io.stowage.application.testing.BreaksAfter;
import io.stowage.application.testing.CountingInputStream;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failures after the first part went up, so a multipart upload is under way: each must leave neither an
 * object nor an incomplete upload in the bucket. Each test first proves the upload was really open.
 */
@ExtendWith(S3ProxyExtension.class)
class S3BlobStoreFailureTest {

    private static final String BUCKET = "failures";
    /** Past the first part, inside the second: the first part is stored in an open multipart upload. */
    private static final long HEALTHY = PART_BYTES + MIB;

    private static S3Proxy s3;
    private static MinioClient client;
    private static S3BlobStore store;

    private final List<List<String>> uploadsSeenWhileFailing = new ArrayList<>();
    private BlobLocation location;

    @BeforeAll
    static void connect(S3Proxy proxy) {
        s3 = proxy;
        s3.createBucket(BUCKET);
        client = TestClients.of(s3);
        store = new S3BlobStore(client, BUCKET, "");
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.close();
    }

    @BeforeEach
    void freshLocation() {
        location = new BlobLocation(new BucketName("avatars"), VersionId.random());
    }

    @Test
    void aBodyBrokenDuringTheSecondPartIsAnInvalidRequestAndLeavesNothing() {
        IOException reset = new IOException("connection reset");
        BreaksAfter source = new BreaksAfter(new GeneratedBytes(42, Long.MAX_VALUE), HEALTHY, reset, this::recordOpenUploads);

        InvalidRequest refused = assertThrows(InvalidRequest.class, () -> store.put(location, source, 100 * MIB));

        assertEquals(MeasuringInputStream.BROKEN_UPLOAD, refused.getMessage());
        assertSame(reset, refused.getCause());
        assertTheUploadWasOpenThenLeftNothing();
    }

    @Test
    void aRuntimeFailureOfTheSourceComesOutUnchangedAndLeavesNothing() {
        IllegalStateException upstream = new IllegalStateException("upstream gave up");
        BreaksAfter source = new BreaksAfter(new GeneratedBytes(42, Long.MAX_VALUE), HEALTHY, upstream, this::recordOpenUploads);

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> store.put(location, source, 100 * MIB));

        assertSame(upstream, thrown);
        assertTheUploadWasOpenThenLeftNothing();
    }

    @Test
    void aBodyOverTheLimitIsReadOneBytePastItAndLeavesNothing() {
        long limit = HEALTHY;
        CountingInputStream source = new CountingInputStream(new GeneratedBytes(7, 30 * MIB));

        PayloadTooLarge refused = assertThrows(PayloadTooLarge.class, () -> store.put(location, source, limit));

        assertEquals(limit, refused.limitBytes());
        assertEquals(limit + 1, source.count());
        assertLeftNothing();
    }

    private void recordOpenUploads() {
        uploadsSeenWhileFailing.add(s3.incompleteUploads(BUCKET));
    }

    private void assertTheUploadWasOpenThenLeftNothing() {
        String key = "avatars/" + location.version();
        assertEquals(List.of(List.of(key)), uploadsSeenWhileFailing, "a multipart upload was open when the body broke");
        assertLeftNothing();
    }

    private void assertLeftNothing() {
        assertEquals(List.of(), s3.incompleteUploads(BUCKET), "no multipart upload may stay open");
        assertEquals(List.of(), s3.keys(BUCKET), "no object may be stored");
        assertFalse(store.exists(location));
        assertThrows(BlobMissing.class, () -> store.open(location));
    }
}
