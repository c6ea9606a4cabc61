package io.stowage.application.port.in;

import io.stowage.application.port.out.BlobContent;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ContentType;

/**
 * Renders an image object resized and re-encoded, under exactly the object's read access (an object the
 * caller may not read answers as missing), or through a signed render URL that carries the options.
 */
public interface RenderImage {

    /**
     * One rendition: the source object, the rendition's type, a validator naming this version and
     * these options, and its bytes; the caller closes the content.
     */
    record Rendition(StoredObject source, ContentType contentType, String etag, BlobContent content) {
    }

    /** @param acceptsWebp whether the client takes WebP, which picks the format when the options leave it out */
    Rendition render(Principal caller, BucketName bucket, ObjectKey key, ImageTransform transform, boolean acceptsWebp);

    /** The rendition a signed render URL grants: the token's options, never the request's. */
    Rendition renderShared(String token, BucketName bucket, ObjectKey key, boolean acceptsWebp);
}
