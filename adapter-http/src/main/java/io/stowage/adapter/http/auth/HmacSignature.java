package io.stowage.adapter.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * micronaut-security-jwt's HMAC signature under one key, pinned to HS256. The library's
 * {@link SecretSignature} accepts HS384 and HS512 under the same key and builds a new signer and verifier
 * for every token; this one refuses every algorithm but HS256 (so neither "none", RS* nor HS384/512
 * pass) and builds them once, for a key that is used on every request.
 */
public final class HmacSignature extends SecretSignature {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final JWSHeader header;

    /** {@code key}: the key's bytes (at least 256 bits); {@code type}: the {@code typ} of the tokens it signs. */
    public HmacSignature(byte[] key, JOSEObjectType type) {
        super(configuration(key));
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable HS256 key", e);
        }
        this.header = header(type);
    }

    private static SecretSignatureConfiguration configuration(byte[] key) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("stowage");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setBase64(true);
        configuration.setSecret(Base64.getEncoder().encodeToString(key));
        return configuration;
    }

    /**
     * The one header of every token. Parsed back from its own encoding, it keeps that encoding, where a
     * header built from scratch is serialized to JSON and encoded again for every token.
     */
    private static JWSHeader header(JOSEObjectType type) {
        JWSHeader built = new JWSHeader.Builder(JWSAlgorithm.HS256).type(type).build();
        try {
            return JWSHeader.parse(built.toBase64URL());
        } catch (ParseException e) {
            throw new IllegalStateException("the token header does not read back", e);
        }
    }

    /**
     * The library's token generator signing with this key, unencrypted. It is given explicit claims:
     * Stowage has no login, so the library's claims-from-an-authentication path is refused.
     */
    public TokenGenerator generator() {
        return new JwtTokenGenerator(this, null, new ExplicitClaimsOnly());
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only HS256 is accepted";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    @Override
    public void setAlgorithm(JWSAlgorithm algorithm) {
        throw new UnsupportedOperationException("the algorithm is pinned to HS256");
    }

    @Override
    public void setSecret(String secret) {
        throw new UnsupportedOperationException("the key is fixed at construction");
    }

    /** The algorithm is checked before the MAC: a token naming any other is refused unverified. */
    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && jwt.verify(verifier);
    }

    /**
     * The same bytes as {@code new SignedJWT(header, claims).sign(signer)}, faster: the header is
     * pre-encoded and the claims are Base64url-encoded by the JDK (Nimbus's own encoder took a third of
     * the signing time in a profile); Nimbus serializes the claims and computes the MAC.
     */
    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        Base64URL payload = new Base64URL(BASE64URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)));
        Base64URL encodedHeader = header.toBase64URL();
        byte[] signingInput = (encodedHeader + "." + payload).getBytes(StandardCharsets.US_ASCII);
        Base64URL signature = signer.sign(header, signingInput);
        try {
            return new SignedJWT(encodedHeader, payload, signature);
        } catch (ParseException e) {
            throw new JOSEException("the signed token does not read back", e);
        }
    }

    /**
     * The claims of {@code token} if it is a compact HS256 JWS of this signature's own {@code typ} whose
     * MAC holds under this key; the claims are not checked here.
     */
    public Optional<JWTClaimsSet> verifiedClaims(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            // SignedJWT.parse refuses unsecured ("alg":"none") tokens: they have no JWS header
            SignedJWT jwt = SignedJWT.parse(token);
            boolean holds = header.getType().equals(jwt.getHeader().getType()) && verify(jwt);
            return holds ? Optional.of(jwt.getJWTClaimsSet()) : Optional.empty();
        } catch (ParseException | JOSEException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
