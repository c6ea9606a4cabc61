package io.stowage.adapter.http.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.InvalidCredentials;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issuer and verifier agree on the token shape; expiry is checked against the verifier's clock. */
class JwtVerifierTest {

    private static final String SECRET = "a-secret-for-unit-tests-32-bytes-long";
    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void whatTheIssuerMintsTheVerifierReadsBack() {
        JwtIssuer issuer = new JwtIssuer(SECRET, at(NOW));
        JwtVerifier verifier = new JwtVerifier(SECRET, at(NOW.plusSeconds(30)));
        assertEquals(Principal.authenticated(new UserId("u-1")),
                verifier.verify(issuer.issue(Role.AUTHENTICATED, Optional.of(new UserId("u-1")), Duration.ofMinutes(1))));
        assertEquals(Principal.serviceRole(Optional.empty()),
                verifier.verify(issuer.issue(Role.SERVICE_ROLE, Optional.empty(), Duration.ofMinutes(1))));
        Principal anon = verifier.verify(issuer.issue(Role.ANON, Optional.of(new UserId("ignored")), Duration.ofMinutes(1)));
        assertTrue(anon.user().isEmpty(), "an anon key never acts as a user");
    }

    @Test
    void aTokenStopsWorkingAtItsExpiry() {
        String token = new JwtIssuer(SECRET, at(NOW)).issue(Role.AUTHENTICATED, Optional.of(new UserId("u")), Duration.ofMinutes(1));
        new JwtVerifier(SECRET, at(NOW.plusSeconds(59))).verify(token);
        assertThrows(InvalidCredentials.class, () -> new JwtVerifier(SECRET, at(NOW.plusSeconds(60))).verify(token));
    }

    @Test
    void aTokenFromAnotherSecretFails() {
        String token = new JwtIssuer("another-secret-for-unit-tests-32-bytes", at(NOW))
                .issue(Role.SERVICE_ROLE, Optional.empty(), Duration.ofMinutes(1));
        assertThrows(InvalidCredentials.class, () -> new JwtVerifier(SECRET, at(NOW)).verify(token));
    }

    @Test
    void aShortSecretIsRefusedAtStartup() {
        assertThrows(IllegalArgumentException.class, () -> new JwtVerifier("too-short", Clock.systemUTC()));
        assertThrows(IllegalArgumentException.class, () -> new JwtVerifier(" ", Clock.systemUTC()));
    }
}
