package io.stowage.bootstrap.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Mints real HS256 tokens for tests, independently of the server's own issuer, plus broken ones. */
final class Tokens {

    static final String SECRET = "e2e-secret-that-is-long-enough-for-hs256-0123456789";

    private Tokens() {
    }

    static String user(String sub) {
        return signed(SECRET, "authenticated", sub, Duration.ofHours(1));
    }

    static String anon() {
        return signed(SECRET, "anon", null, Duration.ofHours(1));
    }

    /** The anon key the server prints at start (issued at a fixed instant): S3 session mode's secret. */
    static String anonKeyOfServer() {
        return new io.stowage.adapter.http.auth.JwtIssuer(SECRET, java.time.Clock.fixed(
                java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
                .issue(io.stowage.domain.identity.Role.ANON, java.util.Optional.empty(), Duration.ofDays(365L * 74));
    }

    static String serviceRole() {
        return signed(SECRET, "service_role", null, Duration.ofHours(1));
    }

    static String expired(String sub) {
        return signed(SECRET, "authenticated", sub, Duration.ofHours(-1));
    }

    static String wrongSecret(String sub) {
        return signed("another-secret-that-is-long-enough-for-hs256-xyz", "authenticated", sub, Duration.ofHours(1));
    }

    static String withoutExpiry(String sub) {
        return sign(SECRET, new JWTClaimsSet.Builder().subject(sub).claim("role", "authenticated").build());
    }

    /** An unsigned token (alg "none") claiming the service role. */
    static String unsigned() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("role", "service_role")
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1)))).build();
        return new PlainJWT(claims).serialize();
    }

    static String signed(String secret, String role, String sub, Duration ttl) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().claim("role", role)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(ttl)));
        if (sub != null) {
            claims.subject(sub);
        }
        return sign(secret, claims.build());
    }

    private static String sign(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
