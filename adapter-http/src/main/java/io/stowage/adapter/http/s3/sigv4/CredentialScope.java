package io.stowage.adapter.http.s3.sigv4;

import java.util.Objects;

/**
 * The scope a SigV4 signature is bound to, "20150830/us-east-1/s3/aws4_request": a day (yyyyMMdd), a
 * region and a service.
 */
public record CredentialScope(String date, String region, String service) {

    static final String TERMINATOR = "aws4_request";

    public CredentialScope {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(service, "service");
        if (!date.matches("\\d{8}") || region.isEmpty() || service.isEmpty()) {
            throw new IllegalArgumentException("not a credential scope");
        }
    }

    /**
     * Reads "AKID/20150830/us-east-1/s3/aws4_request" into the key id and this scope.
     *
     * @throws IllegalArgumentException when it has another shape
     */
    public static Credential parseCredential(String credential) {
        String[] parts = credential.split("/", -1);
        if (parts.length != 5 || parts[0].isEmpty() || !parts[4].equals(TERMINATOR)) {
            throw new IllegalArgumentException("the credential must be <key id>/<date>/<region>/<service>/aws4_request");
        }
        return new Credential(parts[0], new CredentialScope(parts[1], parts[2], parts[3]));
    }

    public String text() {
        return date + "/" + region + "/" + service + "/" + TERMINATOR;
    }

    /** An access key id with the scope it signed for. */
    public record Credential(String accessKeyId, CredentialScope scope) {
    }
}
