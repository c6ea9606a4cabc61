package io.stowage.adapter.s3;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.adapter.s3.testing.S3ProxyExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.value.VersionId;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Credentials the store refuses: a clear failure to open naming the settings, and never the secret. */
@ExtendWith(S3ProxyExtension.class)
class S3CredentialsTest {

    private static final String WRONG_SECRET = "not-the-secret-9c2e";

    @Test
    void aWrongSecretStopsTheStartNamingTheSettings(S3Proxy s3) throws Exception {
        Map<String, String> values = S3VolumeDriverTest.values(s3, "refused");
        values.put("secret-key", WRONG_SECRET);

        Exception failure = assertThrows(Exception.class, () -> open(values));

        String trace = Failures.messages(failure);
        assertTrue(trace.contains("the S3 store refused the configured credentials for bucket 'refused'"), trace);
        assertTrue(trace.contains("check stowage.volumes.archive.access-key and stowage.volumes.archive.secret-key"),
                trace);
        assertFalse(trace.contains(WRONG_SECRET), "the secret must not be printed");
        assertFalse(s3.admin().bucketExists(BucketExistsArgs.builder().bucket("refused").build()));
    }

    @Test
    void anUnknownAccessKeyStopsTheStartToo(S3Proxy s3) {
        Map<String, String> values = S3VolumeDriverTest.values(s3, "refused");
        values.put("access-key", "nobody");

        Exception failure = assertThrows(Exception.class, () -> open(values));

        assertTrue(Failures.messages(failure).contains(
                "check stowage.volumes.archive.access-key and stowage.volumes.archive.secret-key"));
    }

    private static void open(Map<String, String> values) throws Exception {
        new S3VolumeDriver().open(new VolumeName("archive"), S3VolumeDriverTest.settings(values)).resources().close();
    }

    @Test
    void credentialsRefusedLaterMakeTheStoreUnavailable(S3Proxy s3) throws Exception {
        s3.createBucket("refused-later");
        S3Settings wrong = new S3Settings(s3.endpoint(), "us-east-1", "refused-later", S3Proxy.ACCESS_KEY,
                WRONG_SECRET, true, "", Duration.ofSeconds(5), Duration.ofSeconds(30));
        try (MinioClient client = S3Clients.create(wrong)) {
            S3BlobStore store = new S3BlobStore(client, "refused-later", "");
            BlobLocation location = new BlobLocation(new BucketName("avatars"), VersionId.random());

            StorageUnavailable failure = assertThrows(StorageUnavailable.class,
                    () -> store.put(location, new GeneratedBytes(1, 100), 1000));

            assertEquals(S3Failures.UNAVAILABLE, failure.getMessage());
            assertFalse(Failures.messages(failure).contains(WRONG_SECRET));
        }
    }
}
