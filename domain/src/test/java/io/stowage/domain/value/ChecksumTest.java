package io.stowage.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.error.InvalidRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksumTest {

    private static final String ABC_HEX = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void formatsADigestAsLowerCaseHexAndBase64() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.US_ASCII));
        Checksum checksum = Checksum.ofDigest(digest);
        assertEquals(ABC_HEX, checksum.sha256Hex());
        assertEquals(ABC_HEX, checksum.toString());
        assertEquals("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", checksum.base64());
        assertEquals(new Checksum(ABC_HEX), checksum);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0",
        "ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        " ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a"})
    void refusesAnythingButSixtyFourLowerCaseHexDigits(String text) {
        assertThrows(InvalidRequest.class, () -> new Checksum(text));
    }

    @Test
    void refusesNullAndShortDigests() {
        assertThrows(InvalidRequest.class, () -> new Checksum(null));
        assertThrows(InvalidRequest.class, () -> Checksum.ofDigest(new byte[16]));
    }
}
