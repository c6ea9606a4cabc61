package io.stowage.adapter.http.share;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.generator.TokenGenerator;
import io.stowage.adapter.http.auth.HmacSignature;
import io.stowage.application.port.out.UrlTokens;
import io.stowage.domain.error.ExpiredToken;
import io.stowage.domain.error.InvalidSignature;
import io.stowage.domain.share.ShareGrant;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Date;
import java.util.List;

/**
 * Signed URL tokens as compact HS256 JWTs under their own key (never the bearer-token secret), made
 * by micronaut-security-jwt's token generator and checked by the same pinned signature: the type, the
 * algorithm and the MAC (the library's constant-time comparison), then the audience and the expiry;
 * unsecured ("none") tokens do not even parse.
 */
@Singleton
final class JwtUrlTokens implements UrlTokens {

    private final HmacSignature signature;
    private final TokenGenerator generator;
    private final Clock clock;

    @Inject
    JwtUrlTokens(@Value("${stowage.url-signing-key}") String key) {
        this(key, Clock.systemUTC());
    }

    JwtUrlTokens(String key, Clock clock) {
        this.signature = new HmacSignature(UrlSigningKey.bytes(key), UrlTokenClaims.TYPE);
        this.generator = signature.generator();
        this.clock = clock;
    }

    @Override
    public String sign(ShareGrant grant) {
        return generator.generateToken(GrantClaims.of(grant))
                .orElseThrow(() -> new IllegalStateException("HS256 signing failed"));
    }

    @Override
    public ShareGrant verify(String token) {
        JWTClaimsSet claims = signature.verifiedClaims(token).orElseThrow(JwtUrlTokens::invalid);
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.equals(List.of(UrlTokenClaims.AUDIENCE))) {
            throw invalid();
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw invalid();
        }
        if (!clock.instant().isBefore(expiry.toInstant())) {
            throw new ExpiredToken("The signed URL has expired");
        }
        return GrantClaims.grantOf(claims);
    }

    private static InvalidSignature invalid() {
        return new InvalidSignature("The signed URL's token is invalid");
    }
}
