package io.stowage.adapter.http.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Minting through micronaut-security-jwt's generator changes no byte of a token: the development keys
 * printed at start stay those users already keep in their configuration.
 */
class JwtIssuerWireTest {

    private static final String SECRET = "a-secret-for-unit-tests-32-bytes-long";
    private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aKeyIsTheOneNimbusWouldSign() throws JOSEException {
        JwtIssuer issuer = new JwtIssuer(SECRET, Clock.fixed(ISSUED, ZoneOffset.UTC));
        Duration validity = Duration.ofDays(365L * 74);

        assertEquals(nimbus(Role.ANON, null, validity), issuer.issue(Role.ANON, Optional.empty(), validity));
        assertEquals(nimbus(Role.AUTHENTICATED, "u-1", validity),
                issuer.issue(Role.AUTHENTICATED, Optional.of(new UserId("u-1")), validity));
    }

    private static String nimbus(Role role, String subject, Duration ttl) throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().claim("role", role.claim())
                .issueTime(Date.from(ISSUED)).expirationTime(Date.from(ISSUED.plus(ttl)));
        if (subject != null) {
            claims.subject(subject);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
