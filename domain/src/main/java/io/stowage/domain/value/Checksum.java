package io.stowage.domain.value;

import io.stowage.domain.error.InvalidRequest;
import java.util.Base64;
import java.util.HexFormat;

/** The SHA-256 of an object's bytes, as 64 lower-case hex digits. */
public record Checksum(String sha256Hex) {

    private static final int HEX_DIGITS = 64;

    public Checksum {
        if (!isLowerHex64(sha256Hex)) {
            throw new InvalidRequest("not a SHA-256 hex digest");
        }
    }

    // a plain loop, not a regex: every listed row builds a Checksum, so this runs 1000 times per page
    private static boolean isLowerHex64(String text) {
        if (text == null || text.length() != HEX_DIGITS) {
            return false;
        }
        for (int i = 0; i < HEX_DIGITS; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    public static Checksum ofDigest(byte[] digest) {
        return new Checksum(HexFormat.of().formatHex(digest));
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex));
    }

    @Override
    public String toString() {
        return sha256Hex;
    }
}
