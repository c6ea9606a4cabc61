package io.stowage.domain.share;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A grant addresses exactly one path and is valid strictly before its expiry. */
class ShareGrantTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final BucketName DOCS = new BucketName("docs");
    private static final ObjectKey KEY = new ObjectKey("a/b.txt");

    @Test
    void aGrantAddressesOnlyItsOwnBucketAndKey() {
        ShareGrant grant = new SignedDownload(DOCS, KEY, VersionId.random(), T0, T0.plusSeconds(60));

        assertTrue(grant.addresses(DOCS, new ObjectKey("a/b.txt")));
        assertFalse(grant.addresses(DOCS, new ObjectKey("a/c.txt")));
        assertFalse(grant.addresses(new BucketName("other"), KEY));
    }

    @Test
    void aGrantExpiresAtItsExpiryExactly() {
        ShareGrant grant = new SignedUpload(DOCS, KEY, Principal.anonymous(), false, T0, T0.plusSeconds(60));

        assertFalse(grant.isExpiredAt(T0.plusSeconds(59)));
        assertTrue(grant.isExpiredAt(T0.plusSeconds(60)));
    }

    @Test
    void anEmptyOrReversedWindowIsRefused() {
        assertThrows(InvalidRequest.class, () -> new SignedDownload(DOCS, KEY, VersionId.random(), T0, T0));
        assertThrows(InvalidRequest.class,
                () -> new SignedUpload(DOCS, KEY, Principal.anonymous(), true, T0, T0.minusSeconds(1)));
        assertThrows(NullPointerException.class, () -> new SignedDownload(DOCS, KEY, null, T0, T0.plusSeconds(1)));
    }
}
