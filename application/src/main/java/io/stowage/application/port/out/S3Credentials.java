package io.stowage.application.port.out;

import java.util.List;
import java.util.Optional;

/**
 * Where S3 access keys and their secrets are kept. SigV4 verifies with the secret itself (an HMAC), so
 * an implementation stores it recoverable, and encrypted at rest.
 */
public interface S3Credentials {

    /** A key with its secret in clear, for verifying a signature. */
    record WithSecret(S3AccessKey key, String secret) {
    }

    void save(S3AccessKey key, String secret);

    Optional<WithSecret> find(String accessKeyId);

    /** Every key, oldest first, without secrets. */
    List<S3AccessKey> list();

    /** @return false when there was no such key */
    boolean delete(String accessKeyId);
}
