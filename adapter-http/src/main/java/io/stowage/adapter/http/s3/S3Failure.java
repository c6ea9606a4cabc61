package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpStatus;

/** An error only the S3 protocol knows (a signature, a header, an operation), with its S3 code and status. */
final class S3Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient HttpStatus status;

    S3Failure(HttpStatus status, String code, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    static S3Failure accessDenied(String message) {
        return new S3Failure(HttpStatus.FORBIDDEN, "AccessDenied", message);
    }

    static S3Failure signatureMismatch() {
        return new S3Failure(HttpStatus.FORBIDDEN, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.");
    }

    static S3Failure invalidArgument(String message) {
        return new S3Failure(HttpStatus.BAD_REQUEST, "InvalidArgument", message);
    }

    static S3Failure notImplemented(String what) {
        return new S3Failure(HttpStatus.NOT_IMPLEMENTED, "NotImplemented", what + " is not implemented");
    }

    String code() {
        return code;
    }

    HttpStatus status() {
        return status;
    }
}
