package io.stowage.domain.error;

/** An upload whose bytes do not match the checksum the client sent with them. */
public final class BadDigest extends StorageException {

    private static final long serialVersionUID = 1L;

    public BadDigest(String algorithm) {
        super(ErrorCode.BAD_DIGEST, "The " + algorithm + " you specified did not match the uploaded bytes");
    }
}
