package io.stowage.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void parsesItsOwnWireName(EventType type) {
        assertEquals(type, EventType.parse(type.wireName()));
    }

    @Test
    void refusesAnUnknownName() {
        assertThrows(InvalidRequest.class, () -> EventType.parse("storage.object.moved"));
    }

    @Test
    void anObjectEventNeedsAPath() {
        assertThrows(IllegalArgumentException.class, () -> new StorageEvent(1, EventType.OBJECT_CREATED,
                new BucketName("bb"), Optional.empty(), Optional.empty(), OptionalLong.empty(), Optional.empty(),
                Instant.EPOCH, new EventAudience(AccessPolicy.PRIVATE, Optional.empty())));
    }
}
