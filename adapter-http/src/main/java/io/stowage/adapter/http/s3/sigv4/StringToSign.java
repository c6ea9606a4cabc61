package io.stowage.adapter.http.s3.sigv4;

import java.nio.charset.StandardCharsets;

/** The strings SigV4 signs: a request's, one chunk's of a streamed body, and its trailer's. */
public final class StringToSign {

    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String EMPTY_SHA256 = SigningKey.sha256Hex(new byte[0]);

    private StringToSign() {
    }

    public static String request(String amzDate, CredentialScope scope, String canonicalRequest) {
        return ALGORITHM + '\n' + amzDate + '\n' + scope.text() + '\n'
                + SigningKey.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** A chunk's: chained to the previous signature (the seed is the request's own). */
    public static String chunk(String amzDate, CredentialScope scope, String previousSignature, String chunkSha256Hex) {
        return ALGORITHM + "-PAYLOAD\n" + amzDate + '\n' + scope.text() + '\n' + previousSignature + '\n'
                + EMPTY_SHA256 + '\n' + chunkSha256Hex;
    }

    /** The trailer's: chained to the last (empty) chunk's signature, over the trailing headers "name:value\n". */
    public static String trailer(String amzDate, CredentialScope scope, String previousSignature, String trailerText) {
        return ALGORITHM + "-TRAILER\n" + amzDate + '\n' + scope.text() + '\n' + previousSignature + '\n'
                + SigningKey.sha256Hex(trailerText.getBytes(StandardCharsets.UTF_8));
    }
}
