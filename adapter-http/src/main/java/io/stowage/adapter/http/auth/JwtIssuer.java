package io.stowage.adapter.http.auth;

import com.nimbusds.jose.JOSEObjectType;
import io.micronaut.security.token.generator.TokenGenerator;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Mints HS256 tokens in the Supabase shape ({@code role}, {@code iat}, {@code exp}, optional
 * {@code sub}) with the secret the server verifies, through micronaut-security-jwt's token generator:
 * the development keys, {@code bin/stowage token} and tests use it. The same claims in the same order
 * make the same token, so the printed development keys do not change across restarts.
 */
public final class JwtIssuer {

    private final TokenGenerator generator;
    private final Clock clock;

    public JwtIssuer(String secret) {
        this(secret, Clock.systemUTC());
    }

    public JwtIssuer(String secret, Clock clock) {
        this.generator = new HmacSignature(new JwtSecret(secret).bytes(), JOSEObjectType.JWT).generator();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token for {@code role}, acting as {@code subject} when present, valid for {@code ttl}. */
    public String issue(Role role, Optional<UserId> subject, Duration ttl) {
        Instant now = clock.instant();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("role", role.claim());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ttl).getEpochSecond());
        subject.ifPresent(user -> claims.put("sub", user.value()));
        return generator.generateToken(claims).orElseThrow(() -> new IllegalStateException("HS256 signing failed"));
    }
}
