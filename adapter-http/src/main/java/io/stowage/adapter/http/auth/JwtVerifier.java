package io.stowage.adapter.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.stowage.adapter.http.share.UrlTokenClaims;
import io.stowage.domain.error.InvalidCredentials;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Turns a bearer token into a {@link Principal}, or refuses it with {@link InvalidCredentials}. The
 * algorithm is pinned to HS256 before the signature is checked, so neither "none" nor a switch to
 * another algorithm family can pass; {@code exp} is required; a signed URL's token is refused.
 */
@Singleton
public final class JwtVerifier {

    private final MACVerifier verifier;
    private final Clock clock;

    @Inject
    public JwtVerifier(@Value("${stowage.jwt-secret}") String secret) {
        this(secret, Clock.systemUTC());
    }

    JwtVerifier(String secret, Clock clock) {
        try {
            this.verifier = new MACVerifier(new JwtSecret(secret).bytes());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable HS256 secret", e);
        }
        this.clock = clock;
    }

    public Principal verify(String token) {
        SignedJWT jwt = parse(token);
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw invalid("only HS256 tokens are accepted");
        }
        if (!signatureHolds(jwt)) {
            throw invalid("signature verification failed");
        }
        JWTClaimsSet claims = claimsOf(jwt);
        if (claims.getAudience() != null && claims.getAudience().contains(UrlTokenClaims.AUDIENCE)) {
            // a signed URL's token grants one object, never a caller identity, whatever key signed it
            throw invalid("a signed URL's token is not a bearer token");
        }
        Instant now = clock.instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw invalid("the token has no expiry (exp)");
        }
        if (!now.isBefore(expiry.toInstant())) {
            throw invalid("the token has expired");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.isBefore(notBefore.toInstant())) {
            throw invalid("the token is not valid yet");
        }
        Role role = Role.fromClaim(roleOf(claims));
        Optional<UserId> user = Optional.ofNullable(claims.getSubject()).filter(s -> !s.isEmpty()).map(UserId::new);
        return new Principal(role, user);
    }

    private static SignedJWT parse(String token) {
        try {
            // SignedJWT.parse refuses unsecured ("alg":"none") tokens: they have no JWS header
            return SignedJWT.parse(token);
        } catch (ParseException | IllegalArgumentException e) {
            throw invalid("malformed token");
        }
    }

    private boolean signatureHolds(SignedJWT jwt) {
        try {
            return jwt.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalid("malformed claims");
        }
    }

    private static String roleOf(JWTClaimsSet claims) {
        try {
            String role = claims.getStringClaim("role");
            if (role == null) {
                throw invalid("the token has no role claim");
            }
            return role;
        } catch (ParseException e) {
            throw invalid("the role claim is not a string");
        }
    }

    private static InvalidCredentials invalid(String reason) {
        return new InvalidCredentials("Invalid JWT: " + reason);
    }
}
