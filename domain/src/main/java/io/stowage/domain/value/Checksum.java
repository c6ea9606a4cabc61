package io.stowage.domain.value;

import io.stowage.domain.error.InvalidRequest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The SHA-256 of an object's bytes, as 64 lower-case hex digits. */
public record Checksum(String sha256Hex) {

    private static final Pattern HEX64 = Pattern.compile("^[0-9a-f]{64}$");

    public Checksum {
        if (sha256Hex == null || !HEX64.matcher(sha256Hex).matches()) {
            throw new InvalidRequest("not a SHA-256 hex digest");
        }
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
