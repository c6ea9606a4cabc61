package io.stowage.application.service;

import io.stowage.application.port.in.UploadObject;
import io.stowage.application.port.in.UploadResumably;
import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ObjectInBucket;
import io.stowage.application.port.out.ResumableUpload;
import io.stowage.application.port.out.ResumableUploadStore;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.application.port.out.UploadPart;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.NoSuchUpload;
import io.stowage.domain.error.ObjectAlreadyExists;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.error.UnsupportedMimeType;
import io.stowage.domain.error.UploadConflict;
import io.stowage.domain.error.UploadExpired;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Resumable uploads staged as one blob per chunk on the bucket's volume (each tracked by an upload intent
 * while it is written, then by the upload's part records), committed by the last chunk through
 * {@link UploadObject}, so that every upload rule, the SHA-256, the crash-safe commit and the events apply.
 * That costs a second write of the bytes at completion. The store's lock lets one chunk at a time in.
 */
public final class ResumableUploadService implements UploadResumably {

    private static final Logger LOG = System.getLogger(ResumableUploadService.class.getName());
    private static final int PRUNE_BATCH = 100;
    private static final int PRUNE_ROUNDS = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ResumableUploadStore store;
    private final ObjectCatalog objects;
    private final BlobStore blobs;
    private final BlobBookkeeping bookkeeping;
    private final UploadObject uploads;
    private final StorageLimits limits;
    private final Clock clock;
    private final Duration expiry;

    public ResumableUploadService(ResumableUploadStore store, ObjectCatalog objects, BlobStore blobs,
            BlobBookkeeping bookkeeping, UploadObject uploads, StorageLimits limits, Clock clock, Duration expiry) {
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("the resumable upload expiry must be positive");
        }
        this.store = store;
        this.objects = objects;
        this.blobs = blobs;
        this.bookkeeping = bookkeeping;
        this.uploads = uploads;
        this.limits = limits;
        this.clock = clock;
        this.expiry = expiry;
    }

    @Override
    public Status create(Creation creation) {
        ObjectInBucket found = objects.findWithBucket(creation.bucket(), creation.key())
                .orElseThrow(() -> new BucketNotFound(creation.bucket().value()));
        Bucket bucket = found.bucket();
        if (!AccessRules.canCreateObject(creation.caller(), bucket)) {
            throw new AccessDenied("Sign in to upload objects");
        }
        long limit = bucket.effectiveSizeLimit(limits.maxFileSize()).bytes();
        if (creation.length() > limit) {
            throw new PayloadTooLarge(limit);
        }
        if (!bucket.settings().allowedMimeTypes().permits(creation.contentType())) {
            throw new UnsupportedMimeType(creation.contentType().essence());
        }
        if (found.object().isPresent()) {
            if (!creation.upsert()) {
                throw new ObjectAlreadyExists(creation.bucket().value(), creation.key().value());
            }
            if (!AccessRules.canReplaceObject(creation.caller(), bucket, found.object().get())) {
                throw new AccessDenied("Only the object's or the bucket's owner may overwrite it");
            }
        }
        Instant now = clock.instant();
        ResumableUpload upload = new ResumableUpload(newId(), creation.caller(), creation.bucket(), creation.key(),
                bucket.volume(), creation.contentType(), creation.length(), 0, creation.upsert(),
                creation.cacheControl(), creation.userMetadata(), now, now.plus(expiry));
        store.create(upload);
        if (upload.length() == 0) {
            // nothing will ever be sent: the (empty) object is committed now, as tus clients expect
            try (ResumableUploadStore.Lock lock = locked(upload.id())) {
                return complete(upload);
            }
        }
        return status(upload);
    }

    @Override
    public Status status(Principal caller, String id) {
        ResumableUpload upload = owned(caller, id);
        if (upload.offset() == upload.length()) {
            // every byte arrived but the commit did not happen (the process died): finish it now
            try (ResumableUploadStore.Lock lock = locked(id)) {
                return complete(owned(caller, id));
            }
        }
        return status(upload);
    }

    @Override
    public Status append(Principal caller, String id, long offset, InputStream content) {
        owned(caller, id);
        try (ResumableUploadStore.Lock lock = locked(id)) {
            ResumableUpload upload = owned(caller, id);
            if (offset != upload.offset()) {
                throw new UploadConflict("Upload-Offset " + offset + " does not match the upload's offset "
                        + upload.offset());
            }
            BlobLocation location = new BlobLocation(upload.volume(), upload.bucket(), VersionId.random());
            bookkeeping.recordIntent(new UploadIntent(location, upload.bucket(), upload.key(), clock.instant()));
            BlobWritten written;
            try {
                written = blobs.put(location, content, upload.length() - offset,
                        partialWrite -> bookkeeping.recordPartialWrite(location.version(), partialWrite));
            } catch (RuntimeException e) {
                forgetQuietly(location, e);
                throw e;
            }
            if (written.size() == 0) {
                discard(location);
                return status(upload);
            }
            try {
                if (!store.addPart(id, new UploadPart(location, offset, written.size()))) {
                    throw new UploadConflict("The upload moved on while this chunk was written");
                }
            } catch (RuntimeException e) {
                discardQuietly(location, e);
                throw e;
            }
            ResumableUpload moved = owned(caller, id);
            return moved.offset() == moved.length() ? complete(moved) : status(moved);
        }
    }

    @Override
    public void terminate(Principal caller, String id) {
        owned(caller, id);
        try (ResumableUploadStore.Lock lock = locked(id)) {
            drop(owned(caller, id));
        }
    }

    @Override
    public long pruneExpired() {
        long pruned = 0;
        for (int round = 0; round < PRUNE_ROUNDS; round++) {
            List<ResumableUpload> expired = store.expired(clock.instant(), PRUNE_BATCH);
            long before = pruned;
            for (ResumableUpload upload : expired) {
                Optional<ResumableUploadStore.Lock> lock = store.tryLock(upload.id());
                if (lock.isEmpty()) {
                    continue;
                }
                try (ResumableUploadStore.Lock held = lock.get()) {
                    drop(upload);
                    pruned++;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not prune expired upload " + upload.id() + ": " + e);
                }
            }
            if (expired.size() < PRUNE_BATCH || pruned == before) {
                break;
            }
        }
        return pruned;
    }

    /**
     * Commits the object from the staged parts, then forgets the upload and deletes the parts. A commit the
     * upload rules refuse (the path was taken meanwhile, access changed) ends the upload: its error goes back.
     */
    private Status complete(ResumableUpload upload) {
        List<UploadPart> parts = store.parts(upload.id());
        try (InputStream content = new PartsContent(blobs, parts)) {
            uploads.upload(new UploadObject.Command(upload.owner(), upload.bucket(), upload.key(),
                    upload.contentType(), OptionalLong.of(upload.length()), upload.upsert(), upload.cacheControl(),
                    upload.userMetadata(), content, ObjectPrecondition.none(), List.of()));
        } catch (StorageException refused) {
            if (!(refused instanceof StorageUnavailable)) {
                drop(upload);
            }
            throw refused;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        drop(upload);
        return new Status(upload.id(), upload.length(), upload.length(), upload.expiresAt(), true);
    }

    private void drop(ResumableUpload upload) {
        List<UploadPart> parts = store.parts(upload.id());
        store.delete(upload.id());
        for (UploadPart part : parts) {
            try {
                blobs.delete(part.location());
            } catch (RuntimeException e) {
                bookkeeping.queueDeletion(part.location(), clock.instant());
            }
        }
    }

    private ResumableUploadStore.Lock locked(String id) {
        return store.tryLock(id)
                .orElseThrow(() -> new UploadConflict("Another request is writing to this upload; retry"));
    }

    private ResumableUpload owned(Principal caller, String id) {
        ResumableUpload upload = store.find(id).filter(found -> found.owner().equals(caller))
                .orElseThrow(NoSuchUpload::new);
        if (!clock.instant().isBefore(upload.expiresAt())) {
            throw new UploadExpired();
        }
        return upload;
    }

    private static Status status(ResumableUpload upload) {
        return new Status(upload.id(), upload.offset(), upload.length(), upload.expiresAt(), false);
    }

    private void discard(BlobLocation location) {
        blobs.delete(location);
        bookkeeping.forgetIntent(location.version());
    }

    private void discardQuietly(BlobLocation location, RuntimeException failure) {
        try {
            discard(location);
        } catch (RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    private void forgetQuietly(BlobLocation location, RuntimeException failure) {
        try {
            bookkeeping.forgetIntent(location.version());
        } catch (RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
