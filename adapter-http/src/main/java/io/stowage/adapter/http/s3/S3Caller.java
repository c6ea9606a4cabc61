package io.stowage.adapter.http.s3;

import io.stowage.adapter.http.s3.sigv4.CredentialScope;
import io.stowage.adapter.http.s3.sigv4.SigningKey;
import io.stowage.domain.identity.Principal;
import java.util.Optional;

/**
 * A verified S3 request: who it acts as and how its body is vouched for, with what a streamed body's
 * chunk signatures chain from (the signing key, the scope, the date and the request's signature).
 *
 * @param payloadHash the hex SHA-256 the body must have, when one was signed
 */
record S3Caller(Principal principal, PayloadMode payload, Optional<String> payloadHash, SigningKey key,
        CredentialScope scope, String amzDate, String seedSignature) {
}
