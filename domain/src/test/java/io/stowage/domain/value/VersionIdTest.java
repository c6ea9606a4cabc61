package io.stowage.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.error.InvalidRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VersionIdTest {

    @Test
    void parsesAndPrintsAUuid() {
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        VersionId version = VersionId.parse(uuid.toString());
        assertEquals(uuid, version.value());
        assertEquals(uuid.toString(), version.toString());
    }

    @Test
    void randomVersionsDiffer() {
        assertNotEquals(VersionId.random(), VersionId.random());
    }

    @Test
    void refusesNonUuidsAndNull() {
        assertThrows(InvalidRequest.class, () -> VersionId.parse("not-a-uuid"));
        assertThrows(InvalidRequest.class, () -> new VersionId(null));
    }
}
