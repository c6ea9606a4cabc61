package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpStatus;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The checksum an aws-chunked body announces in x-amz-trailer (crc32, crc32c, sha1 or sha256), computed
 * over the decoded bytes and compared with the base64 value the trailer carries.
 */
final class TrailingChecksum {

    private final String header;
    private final Checksum crc;
    private final MessageDigest digest;

    private TrailingChecksum(String header, Checksum crc, MessageDigest digest) {
        this.header = header;
        this.crc = crc;
        this.digest = digest;
    }

    static TrailingChecksum of(String trailerHeader) {
        String name = trailerHeader.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (name) {
                case "x-amz-checksum-crc32" -> new TrailingChecksum(name, new CRC32(), null);
                case "x-amz-checksum-crc32c" -> new TrailingChecksum(name, new CRC32C(), null);
                case "x-amz-checksum-sha1" -> new TrailingChecksum(name, null, MessageDigest.getInstance("SHA-1"));
                case "x-amz-checksum-sha256" -> new TrailingChecksum(name, null, MessageDigest.getInstance("SHA-256"));
                default -> throw S3Failure.invalidArgument("the trailing checksum " + name + " is not supported");
            };
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1 and SHA-256", e);
        }
    }

    String header() {
        return header;
    }

    void update(byte[] bytes, int offset, int length) {
        if (crc != null) {
            crc.update(bytes, offset, length);
        } else {
            digest.update(bytes, offset, length);
        }
    }

    /** @throws S3Failure BadDigest when the trailer's value is not the body's checksum */
    void verify(String base64) {
        byte[] actual;
        if (crc != null) {
            long value = crc.getValue();
            actual = new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        } else {
            actual = digest.digest();
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw S3Failure.invalidArgument("the trailing checksum is not base64");
        }
        if (!MessageDigest.isEqual(actual, given)) {
            throw new S3Failure(HttpStatus.BAD_REQUEST, "BadDigest",
                    "The " + header + " you specified did not match the calculated checksum.");
        }
    }
}
