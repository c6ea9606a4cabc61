package io.stowage.adapter.s3;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.adapter.s3.testing.S3ProxyExtension;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.BucketExistsArgs;
import io.minio.RemoveBucketArgs;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.value.VersionId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening S3 volumes: the bucket is provisioned, probed and served, and closing releases the client. */
@ExtendWith(S3ProxyExtension.class)
class S3VolumeDriverTest {

    private static final VolumeName ARCHIVE = new VolumeName("archive");
    private final S3VolumeDriver driver = new S3VolumeDriver();

    static Map<String, String> values(S3Proxy s3, String bucket) {
        Map<String, String> values = new HashMap<>();
        values.put("endpoint", s3.endpoint());
        values.put("region", "us-east-1");
        values.put("bucket", bucket);
        values.put("access-key", S3Proxy.ACCESS_KEY);
        values.put("secret-key", S3Proxy.SECRET_KEY);
        return values;
    }

    static VolumeSettings settings(Map<String, String> values) {
        return new VolumeSettings(ARCHIVE, "stowage.volumes.archive.", values);
    }

    @Test
    void theBucketIsCreatedWhenOpenedAndBlobsLandUnderThePrefix(S3Proxy s3) throws Exception {
        Map<String, String> values = values(s3, "made-at-start");
        values.put("prefix", "stowage");
        assertFalse(bucketExists(s3, "made-at-start"));

        OpenedVolume volume = driver.open(ARCHIVE, settings(values));
        try {
            assertTrue(bucketExists(s3, "made-at-start"), "created while the volume opened");
            BlobLocation location = new BlobLocation(ARCHIVE, new BucketName("avatars"), VersionId.random());
            volume.store().put(location, new GeneratedBytes(1, 10), 10);

            assertInstanceOf(S3BlobStore.class, volume.store());
            assertEquals(List.of("stowage/avatars/" + location.version()), s3.keys("made-at-start"));
        } finally {
            volume.resources().close();
        }
    }

    @Test
    void theProbePassesLeavesNoProbeObjectAndFailsOnceTheBucketIsGone(S3Proxy s3) throws Exception {
        OpenedVolume volume = driver.open(ARCHIVE, settings(values(s3, "probed")));
        try {
            assertDoesNotThrow(volume.probe()::check);
            assertEquals(List.of(), s3.keys("probed"));

            s3.admin().removeBucket(RemoveBucketArgs.builder().bucket("probed").build());

            Exception failure = assertThrows(Exception.class, volume.probe()::check);
            assertEquals("bucket does not exist", failure.getMessage());
        } finally {
            volume.resources().close();
        }
    }

    @Test
    void closingTheVolumeClosesTheClient(S3Proxy s3) throws Exception {
        OpenedVolume volume = driver.open(ARCHIVE, settings(values(s3, "closing")));
        BlobLocation location = new BlobLocation(ARCHIVE, new BucketName("avatars"), VersionId.random());
        assertFalse(volume.store().exists(location));

        volume.resources().close();

        // its HTTP dispatcher is shut down: no request can start any more
        assertThrows(RuntimeException.class, () -> volume.store().exists(location));
    }

    @Test
    void aMissingSettingIsNamedWithTheVolumesPrefix(S3Proxy s3) {
        Map<String, String> values = values(s3, "never-made");
        values.remove("bucket");

        Exception failure = assertThrows(IllegalStateException.class, () -> driver.open(ARCHIVE, settings(values)));

        assertEquals("stowage.volumes.archive.bucket must be set", failure.getMessage());
    }

    @Test
    void aMalformedFlagIsNamed(S3Proxy s3) {
        Map<String, String> values = values(s3, "never-made");
        values.put("path-style", "sometimes");

        Exception failure = assertThrows(VolumeSettings.InvalidVolumeSettings.class,
                () -> driver.open(ARCHIVE, settings(values)));

        assertEquals("stowage.volumes.archive.path-style must be true or false", failure.getMessage());
    }

    private static boolean bucketExists(S3Proxy s3, String bucket) throws Exception {
        return s3.admin().bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
    }
}
