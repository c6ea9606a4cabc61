package io.stowage.adapter.s3;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.adapter.s3.testing.S3ProxyExtension;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.minio.MinioClient;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An opened S3 blob: ranged GETs on demand, no local file, and no hold on a blob deleted meanwhile. */
@ExtendWith(S3ProxyExtension.class)
class S3BlobContentTest {

    private static MinioClient client;
    private static S3BlobStore store;

    private BlobLocation location;

    @BeforeAll
    static void connect(S3Proxy s3) {
        s3.createBucket("content");
        client = TestClients.of(s3);
        store = new S3BlobStore(client, "content", "");
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.close();
    }

    @BeforeEach
    void storeABlob() {
        location = new BlobLocation(new BucketName("avatars"), VersionId.random());
        store.put(location, new GeneratedBytes(9, 1000), 1000);
    }

    @Test
    void itOffersNoLocalFileAndRefusesRangesOutsideTheBlob() {
        try (BlobContent content = store.open(location)) {
            assertEquals(Optional.empty(), content.localFile());
            assertThrows(IllegalArgumentException.class, () -> content.stream(-1, 10));
            assertThrows(IllegalArgumentException.class, () -> content.stream(995, 6));
            assertThrows(IllegalArgumentException.class, () -> content.stream(0, -1));
        }
    }

    @Test
    void aStreamHandedOutSurvivesClosingTheContentButNoNewOneStarts() throws IOException {
        BlobContent content = store.open(location);
        try (InputStream head = content.stream(0, 10)) {
            content.close();

            assertArrayEquals(GeneratedBytes.slice(9, 0, 10), head.readAllBytes());
            assertThrows(IOException.class, () -> content.stream(0, 10));
        }
    }

    @Test
    void aBlobDeletedAfterOpeningIsMissingOnTheNextStream() {
        try (BlobContent content = store.open(location)) {
            store.delete(location);

            assertThrows(BlobMissing.class, () -> content.stream(0, 10));
        }
    }
}
