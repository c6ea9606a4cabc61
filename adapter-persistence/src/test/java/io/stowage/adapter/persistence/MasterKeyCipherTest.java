package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Volume secrets sealed under the master key: they round-trip, and nothing else opens them. */
class MasterKeyCipherTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private final MasterKeyCipher cipher = new MasterKeyCipher(key(7));

    @Test
    void aSecretRoundTripsUnderItsOwnerAndCarriesTheKeyId() {
        String sealed = cipher.seal("hunter2-is-the-password", "archive");
        assertTrue(sealed.startsWith("v1:" + cipher.keyId() + ":"), sealed);
        assertFalse(sealed.contains("hunter2"));
        assertTrue(MasterKeyCipher.isSealed(sealed));
        assertEquals("hunter2-is-the-password", cipher.open(sealed, "archive"));
        assertNotEquals(sealed, cipher.seal("hunter2-is-the-password", "archive"), "a fresh nonce every time");
    }

    @Test
    void aTamperedValueIsRefused() {
        String sealed = cipher.seal("secret", "archive");
        String[] parts = sealed.split(":");
        byte[] bytes = Base64.getDecoder().decode(parts[2]);
        bytes[bytes.length - 1] ^= 1;
        String tampered = parts[0] + ":" + parts[1] + ":" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(MasterKeyCipher.Refused.class, () -> cipher.open(tampered, "archive"));
        assertThrows(MasterKeyCipher.Refused.class, () -> cipher.open("v1:" + parts[1] + ":AAAA", "archive"));
        assertThrows(MasterKeyCipher.Refused.class, () -> cipher.open("clear text", "archive"));
    }

    @Test
    void anotherKeyIsRefusedByItsKeyIdAndByTheTagWhenTheIdIsForged() {
        String sealed = cipher.seal("secret", "archive");
        MasterKeyCipher other = new MasterKeyCipher(key(8));
        MasterKeyCipher.Refused refused = assertThrows(MasterKeyCipher.Refused.class, () -> other.open(sealed, "archive"));
        assertTrue(refused.getMessage().contains(cipher.keyId()), refused.getMessage());
        String forged = sealed.replace(":" + cipher.keyId() + ":", ":" + other.keyId() + ":");
        assertThrows(MasterKeyCipher.Refused.class, () -> other.open(forged, "archive"));
    }

    @Test
    void aPreviousKeyStillOpensWhatItSealedButOnlyTheCurrentOneSeals() {
        String old = cipher.seal("secret", "archive");
        MasterKeyCipher rotating = new MasterKeyCipher(key(8), java.util.List.of(key(7)));
        assertEquals("secret", rotating.open(old, "archive"));
        assertFalse(rotating.underCurrentKey(old));
        String fresh = rotating.seal("secret", "archive");
        assertTrue(rotating.underCurrentKey(fresh));
        assertThrows(MasterKeyCipher.Refused.class, () -> cipher.open(fresh, "archive"));
    }

    @Test
    void anotherOwnerIsRefused() {
        String sealed = cipher.seal("secret", "archive");
        assertThrows(MasterKeyCipher.Refused.class, () -> cipher.open(sealed, "hot"));
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MasterKeyCipher(new byte[16]));
    }
}
