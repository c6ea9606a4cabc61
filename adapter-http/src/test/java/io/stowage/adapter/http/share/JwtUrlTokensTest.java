package io.stowage.adapter.http.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.micronaut.context.ApplicationContext;
import io.stowage.adapter.http.auth.JwtIssuer;
import io.stowage.adapter.http.auth.JwtVerifier;
import io.stowage.adapter.http.auth.SecuritySettings;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.ExpiredToken;
import io.stowage.domain.error.InvalidCredentials;
import io.stowage.domain.error.InvalidSignature;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.share.ShareGrant;
import io.stowage.domain.share.SignedDownload;
import io.stowage.domain.share.SignedUpload;
import io.stowage.domain.value.VersionId;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signed URL tokens: what is signed reads back, and every forgery, truncation or stale token is refused. */
class JwtUrlTokensTest {

    private static final String KEY = "a-url-signing-key-for-unit-tests-32+";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final BucketName BUCKET = new BucketName("docs");
    private static final ObjectKey KEY_PATH = new ObjectKey("dir/a file.txt");

    private final JwtUrlTokens tokens = new JwtUrlTokens(KEY, at(NOW));

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static SignedDownload download() {
        return new SignedDownload(BUCKET, KEY_PATH, VersionId.random(), NOW, NOW.plusSeconds(60));
    }

    @Test
    void grantsOfBothScopesReadBackUnchanged() {
        SignedDownload download = download();
        SignedUpload upload = new SignedUpload(BUCKET, KEY_PATH, Principal.authenticated(new UserId("bob")), true, NOW,
                NOW.plusSeconds(7200));
        SignedUpload asService = new SignedUpload(BUCKET, KEY_PATH, Principal.serviceRole(Optional.empty()), false, NOW,
                NOW.plusSeconds(60));

        assertEquals(download, tokens.verify(tokens.sign(download)));
        assertEquals(upload, tokens.verify(tokens.sign(upload)));
        assertEquals(asService, tokens.verify(tokens.sign(asService)));
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        String token = tokens.sign(download());

        new JwtUrlTokens(KEY, at(NOW.plusSeconds(59))).verify(token);
        assertThrows(ExpiredToken.class, () -> new JwtUrlTokens(KEY, at(NOW.plusSeconds(60))).verify(token));
    }

    @Test
    void tamperedTruncatedAndEmptyTokensAreRefused() {
        String token = tokens.sign(download());
        String[] parts = token.split("\\.");
        String otherPayload = base64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("dir/a file.txt", "dir/b file.txt"));
        char last = parts[2].charAt(parts[2].length() - 2);
        String otherSignature = parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].charAt(parts[2].length() - 1);

        for (String forged : new String[] {
                parts[0] + "." + otherPayload + "." + parts[2],
                parts[0] + "." + parts[1] + "." + otherSignature,
                token.substring(0, token.length() - 5),
                parts[0] + "." + parts[1],
                parts[0] + "." + parts[1] + ".",
                "", " ", null, "not-a-token"}) {
            assertThrows(InvalidSignature.class, () -> tokens.verify(forged), String.valueOf(forged));
        }
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String token = new JwtUrlTokens("another-url-signing-key-for-tests-32+", at(NOW)).sign(download());

        assertThrows(InvalidSignature.class, () -> tokens.verify(token));
    }

    @Test
    void anUnsecuredTokenIsRefused() throws ParseException {
        JWTClaimsSet claims = JWTClaimsSet.parse(GrantClaims.of(download()));
        String none = new PlainJWT(new PlainHeader.Builder().type(UrlTokenClaims.TYPE).build(), claims).serialize();

        assertThrows(InvalidSignature.class, () -> tokens.verify(none));
    }

    @Test
    void aBearerTokenIsNoUrlTokenEvenUnderTheSameKey() {
        String bearer = new JwtIssuer(KEY).issue(Role.SERVICE_ROLE, Optional.empty(), Duration.ofMinutes(5));

        assertThrows(InvalidSignature.class, () -> tokens.verify(bearer));
    }

    @Test
    void aUrlTokenIsNoBearerTokenEvenUnderTheSameKey() {
        ShareGrant upload = new SignedUpload(BUCKET, KEY_PATH, Principal.serviceRole(Optional.empty()), true,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Instant.now().plusSeconds(600));
        String token = new JwtUrlTokens(KEY, Clock.systemUTC()).sign(upload);

        Map<String, Object> settings = new HashMap<>(SecuritySettings.properties());
        settings.put("stowage.jwt-secret", KEY);
        try (ApplicationContext context = ApplicationContext.run(settings)) {
            JwtVerifier bearerVerifier = context.getBean(JwtVerifier.class);
            assertThrows(InvalidCredentials.class, () -> bearerVerifier.verify(token));
        }
    }

    @Test
    void aShortOrMissingKeyIsRefusedAtStartup() {
        assertThrows(IllegalArgumentException.class, () -> new JwtUrlTokens("too-short", Clock.systemUTC()));
        assertThrows(IllegalArgumentException.class, () -> new JwtUrlTokens("", Clock.systemUTC()));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
