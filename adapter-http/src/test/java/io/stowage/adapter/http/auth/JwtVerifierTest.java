package io.stowage.adapter.http.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.stowage.domain.error.InvalidCredentials;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verifier on micronaut-security-jwt's validator, as the application context builds it: issuer and
 * verifier agree on the token shape; the algorithm is pinned to HS256; expiry is read on the verifier's
 * clock; every refusal is an {@link InvalidCredentials}, never an anonymous principal.
 */
class JwtVerifierTest {

    private static final String SECRET = "a-secret-for-unit-tests-32-bytes-long";
    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

    private static ApplicationContext context;
    private static JsonWebTokenValidator<JWT, HttpRequest<?>> validator;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void start() {
        context = ApplicationContext.run(settings(SECRET));
        validator = context.getBean(Argument.of(JsonWebTokenValidator.class, JWT.class, HttpRequest.class));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Map<String, Object> settings(String secret) {
        Map<String, Object> settings = new HashMap<>(SecuritySettings.properties());
        settings.put("stowage.jwt-secret", secret);
        return settings;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static JwtVerifier verifierAt(Instant instant) {
        return new JwtVerifier(validator, at(instant));
    }

    @Test
    void theContextsVerifierIsBuiltOnTheLibrarysValidator() {
        String token = new JwtIssuer(SECRET).issue(Role.SERVICE_ROLE, Optional.empty(), Duration.ofMinutes(1));
        assertEquals(Principal.serviceRole(Optional.empty()), context.getBean(JwtVerifier.class).verify(token));
        assertTrue(validator.validate(token, null).isPresent());
    }

    @Test
    void whatTheIssuerMintsTheVerifierReadsBack() {
        JwtIssuer issuer = new JwtIssuer(SECRET, at(NOW));
        JwtVerifier verifier = verifierAt(NOW.plusSeconds(30));
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
        verifierAt(NOW.plusSeconds(59)).verify(token);
        assertThrows(InvalidCredentials.class, () -> verifierAt(NOW.plusSeconds(60)).verify(token));
    }

    @Test
    void theLibraryRefusesATokenExpiredByTheSystemClock() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String token = new JwtIssuer(SECRET, at(past)).issue(Role.SERVICE_ROLE, Optional.empty(), Duration.ofHours(1));
        assertTrue(validator.validate(token, null).isEmpty());
        assertThrows(InvalidCredentials.class, () -> verifierAt(past).verify(token));
    }

    @Test
    void aTokenFromAnotherSecretFails() {
        String token = new JwtIssuer("another-secret-for-unit-tests-32-bytes", at(NOW))
                .issue(Role.SERVICE_ROLE, Optional.empty(), Duration.ofMinutes(1));
        assertThrows(InvalidCredentials.class, () -> verifierAt(NOW).verify(token));
    }

    @Test
    void onlyHs256IsAcceptedEvenWithTheRightSecret() throws Exception {
        String claims = "{\"role\":\"service_role\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}";
        assertEquals(Principal.serviceRole(Optional.empty()), verifierAt(NOW).verify(mac("HS256", "HmacSHA256", claims)));
        for (String[] algorithm : new String[][] {{"HS384", "HmacSHA384"}, {"HS512", "HmacSHA512"}}) {
            String token = mac(algorithm[0], algorithm[1], claims);
            assertThrows(InvalidCredentials.class, () -> verifierAt(NOW).verify(token), algorithm[0]);
        }
        String unsigned = b64("{\"alg\":\"none\"}") + "." + b64(claims) + ".";
        assertThrows(InvalidCredentials.class, () -> verifierAt(NOW).verify(unsigned));
        String rs256 = b64("{\"alg\":\"RS256\"}") + "." + b64(claims) + "." + b64("not a signature");
        assertThrows(InvalidCredentials.class, () -> verifierAt(NOW).verify(rs256));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() throws Exception {
        String token = mac("HS256", "HmacSHA256", "{\"role\":\"service_role\"}");
        assertThrows(InvalidCredentials.class, () -> verifierAt(NOW).verify(token));
    }

    @Test
    void aShortSecretIsRefusedAtStartup() {
        for (String secret : new String[] {"too-short", " "}) {
            try (ApplicationContext shortSecret = ApplicationContext.run(settings(secret))) {
                BeanInstantiationException refused = assertThrows(BeanInstantiationException.class,
                        () -> shortSecret.getBean(JwtVerifier.class));
                assertTrue(rootCause(refused) instanceof IllegalArgumentException, refused::toString);
            }
        }
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String mac(String alg, String jca, String claims) throws Exception {
        String signingInput = b64("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}") + "." + b64(claims);
        Mac mac = Mac.getInstance(jca);
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), jca));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }
}
