package io.stowage.adapter.s3;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.DependencyCheck;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.VersionId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Micronaut wiring: with {@code stowage.backend=s3} the bucket is provisioned, probed and served. */
@ExtendWith(S3ProxyExtension.class)
class S3BlobStoreFactoryTest {

    static Map<String, Object> properties(S3Proxy s3, String bucket) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("stowage.backend", "s3");
        properties.put("stowage.s3.endpoint", s3.endpoint());
        properties.put("stowage.s3.region", "us-east-1");
        properties.put("stowage.s3.bucket", bucket);
        properties.put("stowage.s3.access-key", S3Proxy.ACCESS_KEY);
        properties.put("stowage.s3.secret-key", S3Proxy.SECRET_KEY);
        return properties;
    }

    @Test
    void theBucketIsCreatedAtStartAndBlobsLandUnderThePrefix(S3Proxy s3) throws Exception {
        Map<String, Object> properties = properties(s3, "made-at-start");
        properties.put("stowage.s3.prefix", "stowage");
        assertFalse(bucketExists(s3, "made-at-start"));

        try (ApplicationContext context = ApplicationContext.run(properties)) {
            assertTrue(bucketExists(s3, "made-at-start"), "created while the context started");
            BlobStore store = context.getBean(BlobStore.class);
            BlobLocation location = new BlobLocation(new BucketName("avatars"), VersionId.random());
            store.put(location, new GeneratedBytes(1, 10), 10);

            assertInstanceOf(S3BlobStore.class, store);
            assertEquals(List.of("stowage/avatars/" + location.version()), s3.keys("made-at-start"));
        }
    }

    @Test
    void theS3CheckIsRegisteredByNamePassesAndLeavesNoProbe(S3Proxy s3) {
        try (ApplicationContext context = ApplicationContext.run(properties(s3, "probed"))) {
            DependencyCheck check = context.getBean(DependencyCheck.class, Qualifiers.byName("s3"));

            assertEquals("s3", check.name());
            assertDoesNotThrow(check::check);
            assertEquals(List.of(), s3.keys("probed"));
        }
    }

    @Test
    void theS3CheckFailsOnceTheBucketIsGone(S3Proxy s3) throws Exception {
        try (ApplicationContext context = ApplicationContext.run(properties(s3, "vanishing"))) {
            DependencyCheck check = context.getBean(DependencyCheck.class, Qualifiers.byName("s3"));
            s3.admin().removeBucket(RemoveBucketArgs.builder().bucket("vanishing").build());

            Exception failure = assertThrows(Exception.class, check::check);

            assertEquals("bucket does not exist", failure.getMessage());
        }
    }

    @Test
    void closingTheContextClosesTheClient(S3Proxy s3) {
        MinioClient client;
        try (ApplicationContext context = ApplicationContext.run(properties(s3, "closing"))) {
            client = context.getBean(MinioClient.class);
            assertDoesNotThrow(() -> client.bucketExists(BucketExistsArgs.builder().bucket("closing").build()));
        }
        // its HTTP dispatcher is shut down: no request can start any more
        assertThrows(Exception.class, () -> client.bucketExists(BucketExistsArgs.builder().bucket("closing").build()));
    }

    @Test
    void aMissingSettingStopsTheStartNamingIt(S3Proxy s3) {
        Map<String, Object> properties = properties(s3, "never-made");
        properties.remove("stowage.s3.bucket");

        Exception failure = assertThrows(Exception.class, () -> ApplicationContext.run(properties).close());

        assertTrue(Failures.messages(failure).contains("stowage.s3.bucket must be set"), Failures.messages(failure));
    }

    @Test
    void theFilesystemBackendLeavesS3Alone() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("stowage.backend", "fs"))) {
            assertFalse(context.containsBean(S3BlobStore.class));
            assertFalse(context.containsBean(MinioClient.class));
            assertFalse(context.containsBean(DependencyCheck.class, Qualifiers.byName("s3")));
        }
    }

    private static boolean bucketExists(S3Proxy s3, String bucket) throws Exception {
        return s3.admin().bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
    }
}
