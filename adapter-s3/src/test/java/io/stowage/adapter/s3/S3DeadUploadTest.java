package io.stowage.adapter.s3;

import static io.stowage.adapter.s3.S3BlobStore.MIB;
import static io.stowage.adapter.s3.S3BlobStore.PART_BYTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.adapter.s3.testing.S3ProxyExtension;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.testing.BreaksAfter;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.value.VersionId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The multipart upload of a put is reported once begun, and another process (the sweeper of another
 * instance) aborts it by that id while its writer is stuck, as when the writer was killed.
 */
@ExtendWith(S3ProxyExtension.class)
class S3DeadUploadTest {

    private static final String BUCKET = "dead-uploads";

    private static S3Proxy s3;
    private static MinioClient writerClient;
    private static MinioAsyncClient writerUploads;
    private static MinioClient sweeperClient;
    private static MinioAsyncClient sweeperUploads;
    private static S3BlobStore writer;
    private static S3BlobStore sweeper;

    @BeforeAll
    static void connect(S3Proxy proxy) {
        s3 = proxy;
        s3.createBucket(BUCKET);
        S3Settings settings = TestClients.settings(s3, BUCKET, "");
        writerClient = S3Clients.create(settings);
        writerUploads = S3Clients.createAsync(settings);
        sweeperClient = S3Clients.create(settings);
        sweeperUploads = S3Clients.createAsync(settings);
        writer = new S3BlobStore(writerClient, writerUploads, BUCKET, "");
        sweeper = new S3BlobStore(sweeperClient, sweeperUploads, BUCKET, "");
    }

    @AfterAll
    static void disconnect() throws Exception {
        writerUploads.close();
        writerClient.close();
        sweeperUploads.close();
        sweeperClient.close();
    }

    @Test
    void theUploadIdIsReportedAndAnotherProcessAbortsItByThatId() {
        BlobLocation location = new BlobLocation(new BucketName("big"), VersionId.random());
        List<String> reported = new ArrayList<>();
        List<List<String>> openBeforeAbort = new ArrayList<>();
        List<List<String>> openAfterAbort = new ArrayList<>();
        BreaksAfter stuck = new BreaksAfter(new GeneratedBytes(3, Long.MAX_VALUE), 2 * PART_BYTES + MIB,
                new IOException("the writer is gone"), () -> {
                    // the writer is stuck mid-way through the third part; the sweeper acts on what was recorded
                    openBeforeAbort.add(s3.incompleteUploads(BUCKET));
                    sweeper.discardPartial(location, Optional.of(reported.get(0)));
                    openAfterAbort.add(s3.incompleteUploads(BUCKET));
                });

        assertThrows(InvalidRequest.class, () -> writer.put(location, stuck, 100 * MIB, reported::add));

        assertEquals(1, reported.size(), "reported once: " + reported);
        assertEquals(List.of(List.of(location.bucket() + "/" + location.version())), openBeforeAbort);
        assertEquals(List.of(List.of()), openAfterAbort, "aborted by the reported id");
        assertEquals(List.of(), s3.keys(BUCKET));
    }

    @Test
    void anUploadNobodyReportedIsFoundByItsKeyAndAborted() {
        BlobLocation location = new BlobLocation(new BucketName("big"), VersionId.random());
        List<List<String>> openAfterAbort = new ArrayList<>();
        BreaksAfter stuck = new BreaksAfter(new GeneratedBytes(4, Long.MAX_VALUE), PART_BYTES + MIB,
                new IOException("the writer is gone"), () -> {
                    sweeper.discardPartial(location, Optional.empty());
                    openAfterAbort.add(s3.incompleteUploads(BUCKET));
                });

        assertThrows(InvalidRequest.class, () -> writer.put(location, stuck, 100 * MIB));

        assertEquals(List.of(List.of()), openAfterAbort);
    }

    @Test
    void aBodyOfOnePartIsASinglePutAndReportsNothing() {
        BlobLocation location = new BlobLocation(new BucketName("small"), VersionId.random());
        List<String> reported = new ArrayList<>();
        writer.put(location, new ByteArrayInputStream(new byte[1000]), 100 * MIB, reported::add);
        assertEquals(List.of(), reported);
        writer.delete(location);
    }
}
