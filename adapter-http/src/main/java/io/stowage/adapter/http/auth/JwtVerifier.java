package io.stowage.adapter.http.auth;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
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
 * Turns a bearer token into a {@link Principal}, or refuses it with {@link InvalidCredentials}.
 * micronaut-security-jwt's validator parses the token, checks its signature against the one HS256
 * signature configured ({@link BearerSignatureFactory}: any other algorithm, "none" included, is refused
 * before the MAC) and its standard claims ({@code exp}, {@code nbf}); on top of it, {@code exp} is
 * required and read against this verifier's clock, a signed URL's token is refused, and {@code role}
 * and {@code sub} become the principal.
 */
@Singleton
public final class JwtVerifier {

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> validator;
    private final Clock clock;

    @Inject
    JwtVerifier(JsonWebTokenValidator<JWT, HttpRequest<?>> validator) {
        this(validator, Clock.systemUTC());
    }

    JwtVerifier(JsonWebTokenValidator<JWT, HttpRequest<?>> validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    public Principal verify(String token) {
        JWT jwt = validator.validate(token, null).orElseThrow(() ->
                invalid("malformed, unsigned, expired, or not signed with HS256 under this server's secret"));
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

    private static JWTClaimsSet claimsOf(JWT jwt) {
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
