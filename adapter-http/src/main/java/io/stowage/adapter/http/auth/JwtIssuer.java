package io.stowage.adapter.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * Mints HS256 tokens in the Supabase shape ({@code role}, optional {@code sub}, {@code iat},
 * {@code exp}) with the same secret the server verifies: development keys and tests use it.
 */
public final class JwtIssuer {

    private final MACSigner signer;
    private final Clock clock;

    public JwtIssuer(String secret) {
        this(secret, Clock.systemUTC());
    }

    public JwtIssuer(String secret, Clock clock) {
        try {
            this.signer = new MACSigner(new JwtSecret(secret).bytes());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable HS256 secret", e);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token for {@code role}, acting as {@code subject} when present, valid for {@code ttl}. */
    public String issue(Role role, Optional<UserId> subject, Duration ttl) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .claim("role", role.claim())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
        subject.ifPresent(user -> claims.subject(user.value()));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }
}
