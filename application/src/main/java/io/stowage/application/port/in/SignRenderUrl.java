package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.object.ObjectKey;

/** Signs render URLs bound to an object's current version and to the rendition's options. */
public interface SignRenderUrl {

    /** @param expiresInSeconds how long the URL works; must lie between 1 and the configured maximum */
    SignedUrl signRender(Principal caller, BucketName bucket, ObjectKey key, ImageTransform transform,
            long expiresInSeconds);
}
