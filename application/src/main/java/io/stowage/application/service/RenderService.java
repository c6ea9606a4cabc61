package io.stowage.application.service;

import io.stowage.application.port.in.RenderImage;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ImageRenderer;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.RenditionCache;
import io.stowage.application.port.out.UrlTokens;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.ImageNotRenderable;
import io.stowage.domain.error.ObjectNotFound;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.share.SignedRender;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Renditions of image objects: the object is found under its read rules (or a signed render grant),
 * then served from the rendition cache, rendering it first on the bounded worker pool when missing.
 */
public final class RenderService implements RenderImage {

    private final ObjectAccess access;
    private final ObjectCatalog objects;
    private final BlobStore blobs;
    private final ImageRenderer renderer;
    private final RenditionCache cache;
    private final RenderWorkers workers;
    private final SignedGrants grants;
    private final long maxSourceBytes;

    public RenderService(BucketCatalog buckets, ObjectCatalog objects, BlobStore blobs, ImageRenderer renderer,
            RenditionCache cache, RenderWorkers workers, UrlTokens tokens, Clock clock, long maxSourceBytes) {
        this.access = new ObjectAccess(buckets, objects);
        this.objects = objects;
        this.blobs = blobs;
        this.renderer = renderer;
        this.cache = cache;
        this.workers = workers;
        this.grants = new SignedGrants(tokens, clock);
        this.maxSourceBytes = maxSourceBytes;
    }

    @Override
    public Rendition render(Principal caller, BucketName bucket, ObjectKey key, ImageTransform transform,
            boolean acceptsWebp) {
        ObjectAccess.Readable readable = access.readableWithBucket(caller, bucket, key);
        return rendition(readable.bucket(), readable.object(), transform.resolved(acceptsWebp));
    }

    @Override
    public Rendition renderShared(String token, BucketName bucket, ObjectKey key, boolean acceptsWebp) {
        SignedRender grant = grants.redeem(token, SignedRender.class, bucket, key);
        Bucket holder;
        try {
            holder = access.bucket(grant.bucket());
        } catch (BucketNotFound gone) {
            throw new ObjectNotFound(bucket.value(), key.value());
        }
        StoredObject object = objects.find(holder.name(), grant.key())
                .filter(candidate -> candidate.version().equals(grant.version()))
                .orElseThrow(() -> new ObjectNotFound(bucket.value(), key.value()));
        return rendition(holder, object, grant.transform().resolved(acceptsWebp));
    }

    private Rendition rendition(Bucket bucket, StoredObject object, ImageTransform resolved) {
        RenditionKey key = RenditionKey.of(object.version(), resolved);
        var cached = cache.open(key.value());
        if (cached.isEmpty()) {
            if (object.size() > maxSourceBytes) {
                throw new ImageNotRenderable("The image is larger than the " + maxSourceBytes
                        + " bytes that can be transformed");
            }
            workers.renderOnce(key.value(), () -> produce(bucket, object, resolved, key));
            cached = cache.open(key.value());
        }
        RenditionCache.Entry entry = cached.orElseThrow(() -> new StorageUnavailable(
                "the rendition cache could not keep the rendition", null));
        return new Rendition(object, entry.contentType(), key.etag(), entry.content());
    }

    private void produce(Bucket bucket, StoredObject object, ImageTransform resolved, RenditionKey key) {
        try (BlobContent content = blobs.open(BlobLocation.of(bucket, object));
             InputStream source = content.stream(0, content.size())) {
            cache.put(key.value(), out -> renderer.render(source, resolved, out));
        } catch (BlobMissing replaced) {
            // an overwrite discarded this version since the row was read
            throw new ObjectNotFound(object.bucket().value(), object.key().value());
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + object.bucket() + "/" + object.key(), e);
        }
    }
}
