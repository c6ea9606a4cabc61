package io.stowage.application.service;

import io.stowage.application.port.in.DownloadObject;
import io.stowage.application.port.in.OpenSharedObject;
import io.stowage.application.port.in.SignObjectUrl;
import io.stowage.application.port.in.SignedUrl;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.UrlTokens;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.InvalidKey;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.ObjectNotFound;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.share.SignedDownload;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signed download URLs: signing binds the token to the object's current version, so redeeming it
 * serves that version and nothing else; once the path holds another version or none, the URL is dead.
 */
public final class SignedUrlService implements SignObjectUrl, OpenSharedObject {

    public static final int MAX_PATHS = 1000;
    static final String UNAVAILABLE = "Either the object does not exist or you do not have access to it";

    private final ObjectAccess access;
    private final ObjectCatalog objects;
    private final BlobStore blobs;
    private final UrlTokens tokens;
    private final SignedGrants grants;
    private final ShareLimits limits;
    private final Clock clock;

    public SignedUrlService(BucketCatalog buckets, ObjectCatalog objects, BlobStore blobs, UrlTokens tokens,
            ShareLimits limits, Clock clock) {
        this.access = new ObjectAccess(buckets, objects);
        this.objects = objects;
        this.blobs = blobs;
        this.tokens = tokens;
        this.grants = new SignedGrants(tokens, clock);
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public SignedUrl sign(Principal caller, BucketName bucketName, ObjectKey key, long expiresInSeconds) {
        Instant expiry = expiryFrom(expiresInSeconds);
        return sign(access.readable(caller, access.bucket(bucketName), key), expiry);
    }

    @Override
    public List<PathOutcome> signMany(Principal caller, BucketName bucketName, List<String> paths,
            long expiresInSeconds) {
        if (paths.isEmpty() || paths.size() > MAX_PATHS) {
            throw new InvalidRequest("paths must list 1 to " + MAX_PATHS + " object paths");
        }
        Instant expiry = expiryFrom(expiresInSeconds);
        Bucket bucket = access.bucket(bucketName);
        List<PathOutcome> outcomes = new ArrayList<>(paths.size());
        for (String path : paths) {
            try {
                SignedUrl signed = sign(access.readable(caller, bucket, new ObjectKey(path)), expiry);
                outcomes.add(new PathOutcome(path, Optional.of(signed), Optional.empty()));
            } catch (ObjectNotFound | InvalidKey unavailable) {
                outcomes.add(new PathOutcome(path, Optional.empty(), Optional.of(
                        unavailable instanceof InvalidKey ? unavailable.getMessage() : UNAVAILABLE)));
            }
        }
        return outcomes;
    }

    @Override
    public StoredObject findShared(String token, BucketName bucket, ObjectKey key) {
        SignedDownload grant = grants.redeem(token, SignedDownload.class, bucket, key);
        return sharedVersion(grant, sharedBucket(grant));
    }

    @Override
    public DownloadObject.Result openShared(String token, BucketName bucket, ObjectKey key) {
        SignedDownload grant = grants.redeem(token, SignedDownload.class, bucket, key);
        Bucket holder = sharedBucket(grant);
        StoredObject object = sharedVersion(grant, holder);
        try {
            return new DownloadObject.Result(object, blobs.open(BlobLocation.of(holder, object)));
        } catch (BlobMissing replaced) {
            // an overwrite discarded the shared version since the row was read: the URL is dead now
            throw new ObjectNotFound(bucket.value(), key.value());
        }
    }

    /** The bucket of a grant; a deleted bucket answers like a deleted object. */
    private Bucket sharedBucket(SignedDownload grant) {
        try {
            return access.bucket(grant.bucket());
        } catch (BucketNotFound gone) {
            throw new ObjectNotFound(grant.bucket().value(), grant.key().value());
        }
    }

    /** The object, only while the path still holds the very version the token was signed for. */
    private StoredObject sharedVersion(SignedDownload grant, Bucket holder) {
        return objects.find(holder.name(), grant.key())
                .filter(object -> object.version().equals(grant.version()))
                .orElseThrow(() -> new ObjectNotFound(grant.bucket().value(), grant.key().value()));
    }

    private SignedUrl sign(StoredObject object, Instant expiry) {
        Instant now = issuedAt();
        String token = tokens.sign(new SignedDownload(object.bucket(), object.key(), object.version(), now, expiry));
        return new SignedUrl(token, expiry);
    }

    private Instant expiryFrom(long expiresInSeconds) {
        return issuedAt().plus(limits.expiry(expiresInSeconds));
    }

    /** Token times have second precision; the answer's expires_at must be exactly the token's. */
    private Instant issuedAt() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
