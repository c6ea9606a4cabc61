package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.stowage.adapter.http.auth.JwtVerifier;
import io.stowage.adapter.http.s3.sigv4.CanonicalRequest;
import io.stowage.adapter.http.s3.sigv4.CredentialScope;
import io.stowage.adapter.http.s3.sigv4.SigningKey;
import io.stowage.adapter.http.s3.sigv4.StringToSign;
import io.stowage.application.port.in.ResolveS3Key;
import io.stowage.domain.error.InvalidCredentials;
import io.stowage.domain.identity.Principal;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies an S3 request's SigV4 signature, from its Authorization header or its presigned query, and
 * names the principal it acts as: a stored key's, or in session mode the user of the JWT sent as
 * security token. A request with neither is anonymous (public buckets serve it, like the REST API).
 */
@Singleton
final class S3Authenticator {

    static final Duration MAX_SKEW = Duration.ofMinutes(15);
    static final long MAX_PRESIGNED_SECONDS = Duration.ofDays(7).toSeconds();
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String SIGNATURE = "X-Amz-Signature";

    private final ResolveS3Key keys;
    private final JwtVerifier jwts;
    private final Clock clock;

    @Inject
    S3Authenticator(ResolveS3Key keys, JwtVerifier jwts) {
        this(keys, jwts, Clock.systemUTC());
    }

    S3Authenticator(ResolveS3Key keys, JwtVerifier jwts, Clock clock) {
        this.keys = keys;
        this.jwts = jwts;
        this.clock = clock;
    }

    Optional<S3Caller> authenticate(S3Request request) {
        if (request.has("X-Amz-Algorithm")) {
            return Optional.of(presigned(request));
        }
        Optional<String> authorization = request.header(HttpHeaders.AUTHORIZATION);
        if (authorization.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(signedHeader(request, authorization.get()));
    }

    private S3Caller signedHeader(S3Request request, String authorization) {
        if (!authorization.startsWith(StringToSign.ALGORITHM + " ")) {
            throw new S3Failure(HttpStatus.BAD_REQUEST, "AuthorizationHeaderMalformed",
                    "Only AWS4-HMAC-SHA256 signatures are supported");
        }
        Map<String, String> fields = new HashMap<>();
        for (String part : authorization.substring(StringToSign.ALGORITHM.length() + 1).split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                fields.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        String credential = required(fields.get("Credential"));
        String signedHeaders = required(fields.get("SignedHeaders"));
        String signature = required(fields.get("Signature"));
        String amzDate = request.header("x-amz-date").orElseThrow(() ->
                accessDenied("AWS authentication requires a valid x-amz-date header"));
        Instant signedAt = parseDate(amzDate);
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
            throw new S3Failure(HttpStatus.FORBIDDEN, "RequestTimeTooSkewed",
                    "The difference between the request time and the server's time is too large.");
        }
        String payloadHash = request.header("x-amz-content-sha256").orElseThrow(() ->
                new S3Failure(HttpStatus.BAD_REQUEST, "InvalidRequest",
                        "Missing required header for this request: x-amz-content-sha256"));
        PayloadMode mode = PayloadMode.of(payloadHash);
        return verify(request, credential, amzDate, signedHeaders, signature, payloadHash, mode, request.query());
    }

    private S3Caller presigned(S3Request request) {
        if (!request.parameter("X-Amz-Algorithm").orElse("").equals(StringToSign.ALGORITHM)) {
            throw S3Failure.invalidArgument("Only AWS4-HMAC-SHA256 presigned URLs are supported");
        }
        String credential = required(request.parameter("X-Amz-Credential").orElse(null));
        String amzDate = required(request.parameter("X-Amz-Date").orElse(null));
        String signedHeaders = required(request.parameter("X-Amz-SignedHeaders").orElse(null));
        String signature = required(request.parameter(SIGNATURE).orElse(null));
        long expires;
        try {
            expires = Long.parseLong(required(request.parameter("X-Amz-Expires").orElse(null)));
        } catch (NumberFormatException e) {
            throw S3Failure.invalidArgument("X-Amz-Expires must be a number of seconds");
        }
        if (expires < 1 || expires > MAX_PRESIGNED_SECONDS) {
            throw S3Failure.invalidArgument("X-Amz-Expires must be between 1 and " + MAX_PRESIGNED_SECONDS + " seconds");
        }
        Instant signedAt = parseDate(amzDate);
        Instant now = clock.instant();
        if (now.isAfter(signedAt.plusSeconds(expires))) {
            throw accessDenied("Request has expired");
        }
        if (signedAt.minus(MAX_SKEW).isAfter(now)) {
            throw accessDenied("Request is not valid yet");
        }
        List<Map.Entry<String, String>> query = request.query().stream()
                .filter(entry -> !entry.getKey().equals(SIGNATURE)).toList();
        String payloadHash = request.header("x-amz-content-sha256").orElse(PayloadMode.UNSIGNED_PAYLOAD);
        PayloadMode mode = PayloadMode.of(payloadHash);
        if (mode.chunked()) {
            throw S3Failure.invalidArgument("a presigned URL cannot carry a streamed payload");
        }
        return verify(request, credential, amzDate, signedHeaders, signature, payloadHash, mode, query);
    }

    private S3Caller verify(S3Request request, String credentialText, String amzDate, String signedHeaderList,
            String signature, String payloadHash, PayloadMode mode, List<Map.Entry<String, String>> query) {
        CredentialScope.Credential credential;
        try {
            credential = CredentialScope.parseCredential(credentialText);
        } catch (IllegalArgumentException e) {
            throw new S3Failure(HttpStatus.BAD_REQUEST, "AuthorizationHeaderMalformed", e.getMessage());
        }
        if (!amzDate.startsWith(credential.scope().date())) {
            throw new S3Failure(HttpStatus.BAD_REQUEST, "AuthorizationHeaderMalformed",
                    "The credential's date is not the request's date");
        }
        if (!credential.scope().service().equals("s3")) {
            throw new S3Failure(HttpStatus.BAD_REQUEST, "AuthorizationHeaderMalformed", "The credential's service must be s3");
        }
        List<String> signedHeaders = Arrays.asList(signedHeaderList.split(";"));
        if (!signedHeaders.contains("host")) {
            throw accessDenied("The host header must be signed");
        }
        ResolveS3Key.Resolved resolved = keys.resolve(credential.accessKeyId()).orElseThrow(() ->
                new S3Failure(HttpStatus.FORBIDDEN, "InvalidAccessKeyId",
                        "The AWS Access Key Id you provided does not exist in our records."));
        CanonicalRequest canonical = new CanonicalRequest(request.http().getMethodName(), request.rawPath(), query,
                signedHeaders, name -> request.http().getHeaders().getAll(name), payloadHash);
        SigningKey key = SigningKey.derive(resolved.secret(), credential.scope());
        String expected = key.sign(StringToSign.request(amzDate, credential.scope(), canonical.text()));
        if (!SigningKey.sameSignature(expected, signature.toLowerCase(Locale.ROOT))) {
            throw S3Failure.signatureMismatch();
        }
        Principal principal = resolved.session() ? sessionUser(request) : resolved.principal().orElseThrow();
        return new S3Caller(principal, mode, PayloadMode.hexOf(payloadHash), key, credential.scope(), amzDate, expected);
    }

    /** Session mode: the signature proved the anon key; the JWT says who the user is. */
    private Principal sessionUser(S3Request request) {
        String token = request.header("x-amz-security-token").or(() -> request.parameter("X-Amz-Security-Token"))
                .orElseThrow(() -> accessDenied("Session keys need a user's JWT as X-Amz-Security-Token"));
        try {
            return jwts.verify(token);
        } catch (InvalidCredentials refused) {
            throw new S3Failure(HttpStatus.FORBIDDEN, "InvalidToken", "The provided token is malformed or otherwise invalid.");
        }
    }

    private static Instant parseDate(String amzDate) {
        try {
            return LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw accessDenied("X-Amz-Date must have the form yyyyMMddTHHmmssZ");
        }
    }

    private static String required(String value) {
        if (value == null || value.isEmpty()) {
            throw new S3Failure(HttpStatus.BAD_REQUEST, "AuthorizationHeaderMalformed",
                    "The signature is missing a Credential, SignedHeaders, Signature, date or expiry");
        }
        return value;
    }

    private static S3Failure accessDenied(String message) {
        return S3Failure.accessDenied(message);
    }
}
