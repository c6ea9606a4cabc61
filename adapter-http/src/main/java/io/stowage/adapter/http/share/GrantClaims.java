package io.stowage.adapter.http.share;

import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidSignature;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.share.ShareGrant;
import io.stowage.domain.share.SignedDownload;
import io.stowage.domain.share.SignedRender;
import io.stowage.domain.share.SignedUpload;
import io.stowage.domain.value.VersionId;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Writes a grant as JWT claims and reads it back; claims that do not make a valid grant are a forgery. */
final class GrantClaims {

    private GrantClaims() {
    }

    /** The claims of {@code grant}, in the order they are written (times in seconds since the epoch). */
    static Map<String, Object> of(ShareGrant grant) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(JWTClaimNames.AUDIENCE, UrlTokenClaims.AUDIENCE);
        claims.put(UrlTokenClaims.BUCKET, grant.bucket().value());
        claims.put(UrlTokenClaims.KEY, grant.key().value());
        claims.put(JWTClaimNames.ISSUED_AT, grant.issuedAt().getEpochSecond());
        claims.put(JWTClaimNames.EXPIRATION_TIME, grant.expiresAt().getEpochSecond());
        if (grant instanceof SignedDownload download) {
            claims.put(UrlTokenClaims.SCOPE, UrlTokenClaims.DOWNLOAD);
            claims.put(UrlTokenClaims.VERSION, download.version().toString());
        } else if (grant instanceof SignedRender render) {
            claims.put(UrlTokenClaims.SCOPE, UrlTokenClaims.RENDER);
            claims.put(UrlTokenClaims.VERSION, render.version().toString());
            claims.put(UrlTokenClaims.TRANSFORM, TransformClaim.of(render.transform()));
        } else if (grant instanceof SignedUpload upload) {
            claims.put(UrlTokenClaims.SCOPE, UrlTokenClaims.UPLOAD);
            claims.put(UrlTokenClaims.ROLE, upload.signer().role().claim());
            claims.put(UrlTokenClaims.UPSERT, upload.upsert());
            upload.signer().user().ifPresent(user -> claims.put(JWTClaimNames.SUBJECT, user.value()));
        }
        return claims;
    }

    /** The grant, once the signature and the expiry were checked. */
    static ShareGrant grantOf(JWTClaimsSet claims) {
        try {
            BucketName bucket = new BucketName(required(claims, UrlTokenClaims.BUCKET));
            ObjectKey key = new ObjectKey(required(claims, UrlTokenClaims.KEY));
            Instant issuedAt = instant(claims.getIssueTime());
            Instant expiresAt = instant(claims.getExpirationTime());
            return switch (required(claims, UrlTokenClaims.SCOPE)) {
                case UrlTokenClaims.DOWNLOAD -> new SignedDownload(bucket, key,
                        VersionId.parse(required(claims, UrlTokenClaims.VERSION)), issuedAt, expiresAt);
                case UrlTokenClaims.RENDER -> new SignedRender(bucket, key,
                        VersionId.parse(required(claims, UrlTokenClaims.VERSION)),
                        TransformClaim.parse(claims.getJSONObjectClaim(UrlTokenClaims.TRANSFORM)), issuedAt, expiresAt);
                case UrlTokenClaims.UPLOAD -> new SignedUpload(bucket, key, signer(claims),
                        Boolean.TRUE.equals(claims.getBooleanClaim(UrlTokenClaims.UPSERT)), issuedAt, expiresAt);
                default -> throw invalid();
            };
        } catch (StorageException | ParseException e) {
            // authentic but unreadable claims can only come from a key holder's mistake; refuse alike
            throw invalid();
        }
    }

    private static Principal signer(JWTClaimsSet claims) throws ParseException {
        Role role = Role.fromClaim(required(claims, UrlTokenClaims.ROLE));
        return new Principal(role, Optional.ofNullable(claims.getSubject()).map(UserId::new));
    }

    private static String required(JWTClaimsSet claims, String name) throws ParseException {
        String value = claims.getStringClaim(name);
        if (value == null) {
            throw invalid();
        }
        return value;
    }

    private static Instant instant(Date date) {
        if (date == null) {
            throw invalid();
        }
        return date.toInstant();
    }

    private static InvalidSignature invalid() {
        return new InvalidSignature("The signed URL's token is invalid");
    }
}
