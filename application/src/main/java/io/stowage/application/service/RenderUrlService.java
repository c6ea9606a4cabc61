package io.stowage.application.service;

import io.stowage.application.port.in.SignRenderUrl;
import io.stowage.application.port.in.SignedUrl;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.UrlTokens;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.share.SignedRender;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Signs render URLs: only a caller who may read the object can, and the token binds version and options. */
public final class RenderUrlService implements SignRenderUrl {

    private final ObjectAccess access;
    private final UrlTokens tokens;
    private final ShareLimits limits;
    private final Clock clock;

    public RenderUrlService(BucketCatalog buckets, ObjectCatalog objects, UrlTokens tokens, ShareLimits limits,
            Clock clock) {
        this.access = new ObjectAccess(buckets, objects);
        this.tokens = tokens;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public SignedUrl signRender(Principal caller, BucketName bucket, ObjectKey key, ImageTransform transform,
            long expiresInSeconds) {
        // token times have second precision; the answer's expiry must be exactly the token's
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiry = now.plus(limits.expiry(expiresInSeconds));
        StoredObject object = access.readable(caller, access.bucket(bucket), key);
        String token = tokens.sign(new SignedRender(object.bucket(), object.key(), object.version(), transform,
                now, expiry));
        return new SignedUrl(token, expiry);
    }
}
