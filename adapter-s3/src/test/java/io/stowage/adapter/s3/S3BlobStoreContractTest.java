package io.stowage.adapter.s3;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.adapter.s3.testing.S3ProxyExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minio.MinioClient;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.testing.BlobStoreContract;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Holds the S3 store to the blob store contract on a real S3 server, and checks no upload is left open. */
@ExtendWith(S3ProxyExtension.class)
class S3BlobStoreContractTest extends BlobStoreContract {

    private static final String BUCKET = "contract";

    private static S3Proxy s3;
    private static MinioClient client;
    private static S3BlobStore store;

    @BeforeAll
    static void connect(S3Proxy proxy) {
        s3 = proxy;
        s3.createBucket(BUCKET);
        client = TestClients.of(s3);
        store = new S3BlobStore(client, BUCKET, "blobs");
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.close();
    }

    @AfterEach
    void noMultipartUploadSurvivesAnyOutcome() {
        assertEquals(List.of(), s3.incompleteUploads(BUCKET));
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Override
    protected boolean runsHundredMebibyteRoundTrip() {
        return true;
    }
}
