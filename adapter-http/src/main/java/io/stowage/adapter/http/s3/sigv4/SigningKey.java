package io.stowage.adapter.http.s3.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key one SigV4 scope signs with: HMAC-SHA256 chained over the date, region, service and
 * "aws4_request", starting from "AWS4" + the secret.
 */
public final class SigningKey {

    private final byte[] key;

    private SigningKey(byte[] key) {
        this.key = key;
    }

    public static SigningKey derive(String secret, CredentialScope scope) {
        byte[] date = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), scope.date());
        byte[] region = hmac(date, scope.region());
        byte[] service = hmac(region, scope.service());
        return new SigningKey(hmac(service, CredentialScope.TERMINATOR));
    }

    /** The hex HMAC of {@code stringToSign}: a signature. */
    public String sign(String stringToSign) {
        return HexFormat.of().formatHex(hmac(key, stringToSign));
    }

    /** Compares two signatures in time independent of where they differ. */
    public static boolean sameSignature(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
