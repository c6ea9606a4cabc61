package io.stowage.domain.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.error.ErrorCode;
import io.stowage.domain.error.InvalidBucketName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BucketNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"ab", "avatars", "my-bucket", "my_bucket", "v1.2", "0day", "a.b-c_d"})
    void acceptsLowerCaseNamesOfTheAllowedCharacters(String name) {
        assertEquals(name, new BucketName(name).value());
        assertEquals(name, new BucketName(name).toString());
    }

    @Test
    void acceptsSixtyThreeCharactersAndRefusesSixtyFour() {
        assertEquals(63, new BucketName("a".repeat(63)).value().length());
        assertThrows(InvalidBucketName.class, () -> new BucketName("a".repeat(64)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Avatars", "my bucket", "-bucket", "_bucket", ".bucket", "a..b", "bü", "a/b",
        "a\\b", "a*", "bucket\n", " ab"})
    void refusesMalformedNames(String name) {
        InvalidBucketName error = assertThrows(InvalidBucketName.class, () -> new BucketName(name));
        assertEquals(ErrorCode.INVALID_BUCKET_NAME, error.code());
    }

    @Test
    void refusesNull() {
        assertThrows(InvalidBucketName.class, () -> new BucketName(null));
    }

    @Test
    void namesAreEqualByValue() {
        assertEquals(new BucketName("photos"), new BucketName("photos"));
    }
}
