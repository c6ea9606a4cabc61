package io.stowage.adapter.s3;

import static io.stowage.adapter.s3.S3BlobStore.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.VersionId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The small rules behind the S3 adapter's configuration, keys and part sizes. */
class S3SettingsTest {

    private static S3Settings settings(String secret) {
        return new S3Settings("http://127.0.0.1:9000", "us-east-1", "stowage", "access", secret, true, "",
                Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void durationsReadTheShortFormsAndIso() {
        assertEquals(Duration.ofMillis(500), S3Settings.duration("x", "500ms"));
        assertEquals(Duration.ofSeconds(10), S3Settings.duration("x", " 10s "));
        assertEquals(Duration.ofMinutes(2), S3Settings.duration("x", "2m"));
        assertEquals(Duration.ofSeconds(90), S3Settings.duration("x", "PT1M30S"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> S3Settings.duration(S3Settings.IO_TIMEOUT, "soon"));
        assertTrue(refused.getMessage().startsWith(S3Settings.IO_TIMEOUT));
    }

    @Test
    void aMissingSecretIsNamedAndASetOneIsNeverPrinted() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> settings(" "));
        assertEquals("stowage.s3.secret-key must be set", missing.getMessage());
        assertFalse(settings("very-secret").toString().contains("very-secret"));
    }

    @Test
    void keysNormalizeThePrefix() {
        BlobLocation location = new BlobLocation(new BucketName("avatars"), VersionId.random());
        String tail = "avatars/" + location.version();

        assertEquals(tail, new BlobKeys(null).key(location));
        assertEquals(tail, new BlobKeys(" / ").key(location));
        assertEquals("a/b/" + tail, new BlobKeys("/a/b/").key(location));
        assertEquals("a/.stowage-probe/p1", new BlobKeys("a").probeKey("p1"));
    }

    @Test
    void partsStayAtEightMebibytesUnlessTheLimitNeedsMoreThanTenThousand() {
        assertEquals(8 * MIB, S3BlobStore.partBytes(0));
        assertEquals(8 * MIB, S3BlobStore.partBytes(80_000 * MIB));
        assertEquals(9 * MIB, S3BlobStore.partBytes(80_000 * MIB + 1));
        assertEquals(64 * MIB, S3BlobStore.partBytes(Long.MAX_VALUE));
    }
}
