package io.stowage.application.port.in;

import io.stowage.domain.identity.Principal;
import java.util.Optional;

/**
 * Finds the secret and principal of an S3 access key, for the S3 endpoint to verify a signature with:
 * a stored key, or the session key (the project id with the anon key as secret).
 */
public interface ResolveS3Key {

    /** What a signature is checked with. {@code session} keys need a user's JWT as security token. */
    record Resolved(Optional<Principal> principal, String secret,
            boolean session) {
    }

    Optional<Resolved> resolve(String accessKeyId);
}
