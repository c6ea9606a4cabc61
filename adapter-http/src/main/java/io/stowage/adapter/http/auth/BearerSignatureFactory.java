package io.stowage.adapter.http.auth;

import com.nimbusds.jose.JOSEObjectType;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;

/**
 * The one signature micronaut-security-jwt's validator checks bearer tokens with: HS256 under
 * {@code stowage.jwt-secret}. Exposed as a {@link SignatureConfiguration} only, so the library's own
 * token generator bean never signs with it; the URL signing key is no bean at all, so no bearer token
 * can be verified under it.
 */
@Factory
final class BearerSignatureFactory {

    @Singleton
    SignatureConfiguration bearerSignature(@Value("${stowage.jwt-secret}") String secret) {
        return new HmacSignature(new JwtSecret(secret).bytes(), JOSEObjectType.JWT);
    }
}
