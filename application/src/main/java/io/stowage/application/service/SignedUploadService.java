package io.stowage.application.service;

import io.stowage.application.port.in.SignUploadUrl;
import io.stowage.application.port.in.SignedUrl;
import io.stowage.application.port.in.UploadObject;
import io.stowage.application.port.in.UploadToSignedUrl;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.UrlTokens;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.share.SignedUpload;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * Signed upload URLs: signing checks the signer's right to write the path; redeeming hands the body to
 * the one upload pipeline as the signer, so size, MIME, checksum and overwrite rules are the same as
 * for any upload, and the signer's rights are checked again at upload time.
 */
public final class SignedUploadService implements SignUploadUrl, UploadToSignedUrl {

    private final BucketAccess buckets;
    private final ObjectCatalog objects;
    private final UploadObject uploads;
    private final UrlTokens tokens;
    private final SignedGrants grants;
    private final ShareLimits limits;
    private final Clock clock;

    public SignedUploadService(BucketCatalog buckets, ObjectCatalog objects, UploadObject uploads, UrlTokens tokens,
            ShareLimits limits, Clock clock) {
        this.buckets = new BucketAccess(buckets);
        this.objects = objects;
        this.uploads = uploads;
        this.tokens = tokens;
        this.grants = new SignedGrants(tokens, clock);
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public SignedUrl signUpload(Principal caller, BucketName bucketName, ObjectKey key, boolean upsert,
            OptionalLong expiresInSeconds) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiry = now.plus(limits.uploadExpiry(expiresInSeconds));
        Bucket bucket = buckets.existing(bucketName);
        if (!AccessRules.canCreateObject(caller, bucket)) {
            throw new AccessDenied("Sign in to create upload URLs");
        }
        if (upsert) {
            objects.find(bucketName, key).ifPresent(existing -> {
                if (!AccessRules.canReplaceObject(caller, bucket, existing)) {
                    throw new AccessDenied("Only the object's or the bucket's owner may overwrite it");
                }
            });
        }
        return new SignedUrl(tokens.sign(new SignedUpload(bucketName, key, caller, upsert, now, expiry)), expiry);
    }

    @Override
    public UploadObject.Result uploadSigned(Command command) {
        SignedUpload grant = grants.redeem(command.token(), SignedUpload.class, command.bucket(), command.key());
        return uploads.upload(new UploadObject.Command(grant.signer(), command.bucket(), command.key(), grant.upsert(),
                command.body()));
    }
}
