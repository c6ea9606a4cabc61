package io.stowage.domain.value;

import io.stowage.domain.error.InvalidRequest;
import java.util.Base64;
import java.util.HexFormat;

/** A digest of an object's bytes that the client sent along with them, for the server to verify. */
public record ContentDigest(Algorithm algorithm, String hex) {

    /** The digests a client may send, with their Java names and lengths in bytes. */
    public enum Algorithm {
        MD5("MD5", 16),
        SHA_256("SHA-256", 32);

        private final String javaName;
        private final int bytes;

        Algorithm(String javaName, int bytes) {
            this.javaName = javaName;
            this.bytes = bytes;
        }

        /** The name {@code java.security.MessageDigest} knows it by. */
        public String javaName() {
            return javaName;
        }
    }

    public ContentDigest {
        if (algorithm == null || hex == null || !hex.matches("[0-9a-f]{" + algorithm.bytes * 2 + "}")) {
            throw new InvalidRequest("not a " + (algorithm == null ? "digest" : algorithm.javaName) + " in hex");
        }
    }

    /** Reads the base64 form headers carry ({@code Content-MD5}, {@code x-checksum-sha256}). */
    public static ContentDigest fromBase64(Algorithm algorithm, String base64) {
        byte[] digest;
        try {
            digest = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("the " + algorithm.javaName + " checksum is not valid base64");
        }
        if (digest.length != algorithm.bytes) {
            throw new InvalidRequest("the " + algorithm.javaName + " checksum must be " + algorithm.bytes + " bytes");
        }
        return new ContentDigest(algorithm, HexFormat.of().formatHex(digest));
    }

    public boolean matches(byte[] digest) {
        return hex.equals(HexFormat.of().formatHex(digest));
    }
}
