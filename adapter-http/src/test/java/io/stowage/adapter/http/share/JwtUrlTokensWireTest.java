package io.stowage.adapter.http.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.share.ShareGrant;
import io.stowage.domain.share.SignedDownload;
import io.stowage.domain.share.SignedUpload;
import io.stowage.domain.value.VersionId;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The signer's shortcuts (micronaut-security-jwt's generator over a pinned signature with a pre-encoded
 * header and the JDK's Base64url) change no byte of a token: each is exactly what Nimbus's SignedJWT
 * makes of the same header, claims and key.
 */
class JwtUrlTokensWireTest {

    private static final String KEY = "a-url-signing-key-for-unit-tests-32+";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final JwtUrlTokens tokens = new JwtUrlTokens(KEY, Clock.systemUTC());

    @Test
    void aDownloadTokenIsTheOneNimbusWouldSign() throws JOSEException, ParseException {
        ShareGrant grant = new SignedDownload(new BucketName("docs"), new ObjectKey("dir/ä file \"quoted\".txt"),
                VersionId.random(), NOW, NOW.plusSeconds(60));

        assertEquals(nimbus(grant), tokens.sign(grant));
    }

    @Test
    void anUploadTokenIsTheOneNimbusWouldSign() throws JOSEException, ParseException {
        ShareGrant grant = new SignedUpload(new BucketName("docs"), new ObjectKey("a/b.bin"),
                Principal.authenticated(new UserId("bob")), true, NOW, NOW.plusSeconds(7200));

        assertEquals(nimbus(grant), tokens.sign(grant));
    }

    private static String nimbus(ShareGrant grant) throws JOSEException, ParseException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(UrlTokenClaims.TYPE).build(),
                JWTClaimsSet.parse(GrantClaims.of(grant)));
        jwt.sign(new MACSigner(UrlSigningKey.bytes(KEY)));
        return jwt.serialize();
    }
}
