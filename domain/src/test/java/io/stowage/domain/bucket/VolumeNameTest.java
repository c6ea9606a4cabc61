package io.stowage.domain.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.error.InvalidRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VolumeNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"default", "archive", "s3", "fast_local", "eu-west-1", "a"})
    void acceptsSettingSafeNames(String name) {
        assertEquals(name, new VolumeName(name).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Archive", "-archive", "_x", "a.b", "a/b", "a b", "ä",
            "a123456789012345678901234567890123456789012345678901234567890123"})
    void refusesEverythingElseAsABadRequest(String name) {
        assertThrows(InvalidRequest.class, () -> new VolumeName(name));
    }
}
