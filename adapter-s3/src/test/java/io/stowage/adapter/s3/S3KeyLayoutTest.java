package io.stowage.adapter.s3;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.adapter.s3.testing.S3ProxyExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.VersionId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What lands in the S3 bucket: keys made of the prefix, the Stowage bucket and the version only, and
 * the SHA-256 the store verified on the way in.
 */
@ExtendWith(S3ProxyExtension.class)
class S3KeyLayoutTest {

    private static S3Proxy s3;
    private static MinioClient client;

    @BeforeAll
    static void connect(S3Proxy proxy) {
        s3 = proxy;
        client = TestClients.of(s3);
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.close();
    }

    @Test
    void keysAreThePrefixTheBucketAndTheVersion() {
        s3.createBucket("layout-prefixed");
        S3BlobStore store = new S3BlobStore(client, "layout-prefixed", "/tenant-a/blobs/");
        BlobLocation avatar = new BlobLocation(new BucketName("avatars"), VersionId.random());
        BlobLocation document = new BlobLocation(new BucketName("docs.2024"), VersionId.random());

        store.put(avatar, new GeneratedBytes(1, 100), 1000);
        store.put(document, new GeneratedBytes(2, 100), 1000);

        assertEquals(
                List.of("tenant-a/blobs/avatars/" + avatar.version(), "tenant-a/blobs/docs.2024/" + document.version()),
                s3.keys("layout-prefixed"));
    }

    @Test
    void withoutAPrefixKeysStartAtTheBucket() {
        s3.createBucket("layout-bare");
        S3BlobStore store = new S3BlobStore(client, "layout-bare", "");
        BlobLocation location = new BlobLocation(new BucketName("avatars"), VersionId.random());

        store.put(location, new GeneratedBytes(1, 100), 1000);

        assertEquals(List.of("avatars/" + location.version()), s3.keys("layout-bare"));
    }

    @Test
    void aPrefixWithAnEmptySegmentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new S3BlobStore(client, "layout-bare", "a//b"));
    }

    @Test
    void aSinglePartBlobCarriesTheVerifiedSha256OfItsBytes() throws Exception {
        s3.createBucket("layout-checksum");
        S3BlobStore store = new S3BlobStore(client, "layout-checksum", "");
        BlobLocation location = new BlobLocation(new BucketName("avatars"), VersionId.random());

        BlobWritten written = store.put(location, new GeneratedBytes(3, 300_000), 1_000_000);

        StatObjectResponse stat = client.statObject(StatObjectArgs.builder().bucket("layout-checksum")
                .object("avatars/" + location.version()).extraHeaders(Map.of("x-amz-checksum-mode", "ENABLED")).build());
        assertEquals(written.sha256().base64(), stat.headers().get("x-amz-checksum-sha256"));
    }
}
