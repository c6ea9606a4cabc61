package io.stowage.bootstrap;

import io.stowage.adapter.http.auth.JwtIssuer;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The ready-to-paste keys printed at start: an anon key and a service_role key, issued at a fixed
 * instant so that the same secret always prints the same keys, which users keep in their configuration
 * across restarts; and an example user's token, valid for a day from now.
 */
record DevKeys(String anon, String serviceRole, String exampleUser) {

    static final String EXAMPLE_USER = "example-user";
    static final Duration EXAMPLE_USER_VALIDITY = Duration.ofHours(24);
    private static final Instant ISSUED_AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration VALIDITY = Duration.ofDays(365L * 74);

    static DevKeys issue(String jwtSecret) {
        JwtIssuer issuer = new JwtIssuer(jwtSecret, Clock.fixed(ISSUED_AT, ZoneOffset.UTC));
        return new DevKeys(issuer.issue(Role.ANON, Optional.empty(), VALIDITY),
                issuer.issue(Role.SERVICE_ROLE, Optional.empty(), VALIDITY),
                new JwtIssuer(jwtSecret).issue(Role.AUTHENTICATED, Optional.of(new UserId(EXAMPLE_USER)),
                        EXAMPLE_USER_VALIDITY));
    }
}
