package io.stowage.domain.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoredObjectTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final String HEX = "ab".repeat(32);

    private static StoredObject withSize(long size) {
        return new StoredObject(UUID.randomUUID(), new BucketName("b1"), new ObjectKey("k"), VersionId.random(), size,
                ContentType.OCTET_STREAM, new Checksum(HEX), Optional.empty(), Optional.empty(), Optional.empty(),
                T0, T0);
    }

    @Test
    void theEtagIsTheQuotedChecksum() {
        assertEquals("\"" + HEX + "\"", withSize(0).etag());
    }

    @Test
    void refusesANegativeSize() {
        assertThrows(IllegalArgumentException.class, () -> withSize(-1));
    }

    @Test
    void refusesMissingParts() {
        assertThrows(NullPointerException.class, () -> new StoredObject(UUID.randomUUID(), new BucketName("b1"),
                new ObjectKey("k"), VersionId.random(), 1, ContentType.OCTET_STREAM, new Checksum(HEX), null,
                Optional.empty(), Optional.empty(), T0, T0));
    }
}
