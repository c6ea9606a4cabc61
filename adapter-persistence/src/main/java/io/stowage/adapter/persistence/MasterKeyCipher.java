package io.stowage.adapter.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under the master key for volume secrets: {@code v1:<key id>:<base64 of nonce + ciphertext>},
 * the key id being the first 4 bytes of the key's SHA-256 (so a wrong key is told apart from an altered
 * value), a fresh 12-byte nonce per value, and the owner (the volume's name) as associated data, so a
 * sealed value copied to another volume does not open there. Previous keys (during a rotation) open
 * what they sealed; only the current key seals.
 */
final class MasterKeyCipher {

    static final int KEY_BYTES = 32;
    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String keyId;
    private final Map<String, SecretKeySpec> openers = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    MasterKeyCipher(byte[] masterKey) {
        this(masterKey, List.of());
    }

    MasterKeyCipher(byte[] masterKey, List<byte[]> previousKeys) {
        this.key = spec(masterKey);
        this.keyId = idOf(masterKey);
        openers.put(keyId, key);
        for (byte[] previous : previousKeys) {
            openers.putIfAbsent(idOf(previous), spec(previous));
        }
    }

    private static SecretKeySpec spec(byte[] masterKey) {
        if (masterKey == null || masterKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the master key must be 32 bytes");
        }
        return new SecretKeySpec(masterKey.clone(), "AES");
    }

    private static String idOf(byte[] masterKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(masterKey);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether {@code sealedText} was sealed under the current key (else a rotation re-seals it). */
    boolean underCurrentKey(String sealedText) {
        String[] parts = sealedText.split(":", -1);
        return parts.length == 3 && keyId.equals(parts[1]);
    }

    /** Whether {@code text} looks sealed (by any key); settings values in clear never start so. */
    static boolean isSealed(String text) {
        return text.startsWith(VERSION + ":") && text.split(":", -1).length == 3;
    }

    String keyId() {
        return keyId;
    }

    String seal(String secret, String owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return VERSION + ":" + keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** @throws Refused when the value was sealed under another key, for another owner, or altered */
    String open(String sealedText, String owner) {
        String[] parts = sealedText.split(":", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new Refused("not a sealed value");
        }
        SecretKeySpec opener = openers.get(parts[1]);
        if (opener == null) {
            throw new Refused("sealed under key " + parts[1] + ", not the master key " + keyId);
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new Refused("not a sealed value");
        }
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new Refused("not a sealed value");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, opener, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new Refused("altered, or sealed for another volume");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** A sealed value that does not open; the message never contains the value. */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
