package io.stowage.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.value.ContentDigest.Algorithm;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContentDigestTest {

    // MD5("hello") and SHA-256("hello"), as the headers carry them
    private static final String MD5_HELLO = "XUFAKrxLKna5cZ2REBfFkg==";
    private static final String SHA256_HELLO = "LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=";

    @Test
    void readsBase64AndMatchesTheSameDigest() {
        ContentDigest md5 = ContentDigest.fromBase64(Algorithm.MD5, MD5_HELLO);
        assertEquals("5d41402abc4b2a76b9719d911017c592", md5.hex());
        assertTrue(md5.matches(HexFormat.of().parseHex("5d41402abc4b2a76b9719d911017c592")));
        assertFalse(md5.matches(new byte[16]));

        ContentDigest sha = ContentDigest.fromBase64(Algorithm.SHA_256, " " + SHA256_HELLO + " ");
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", sha.hex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "AAAA", "XUFAKrxLKna5cZ2REBfFkg==AA"})
    void refusesMalformedOrWrongLengthMd5(String header) {
        assertThrows(InvalidRequest.class, () -> ContentDigest.fromBase64(Algorithm.MD5, header));
    }

    @Test
    void aSha256HeaderMustHoldThirtyTwoBytes() {
        assertThrows(InvalidRequest.class, () -> ContentDigest.fromBase64(Algorithm.SHA_256, MD5_HELLO));
        assertThrows(InvalidRequest.class, () -> new ContentDigest(Algorithm.SHA_256, "XYZ"));
    }
}
