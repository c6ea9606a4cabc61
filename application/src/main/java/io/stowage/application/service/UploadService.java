package io.stowage.application.service;

import io.stowage.application.port.in.UploadObject;
import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ObjectInBucket;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.ObjectAlreadyExists;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.error.UnsupportedMimeType;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploads in the crash-safe order: every check that needs no byte, then the blob under a fresh
 * version (checked against the client's digests), then one conditional catalog commit, then the
 * superseded blob's deletion. A failed check or commit deletes the new blob (unless the catalog shows
 * the commit took effect after all) before the original error goes back to the caller.
 */
public final class UploadService implements UploadObject {

    private static final Logger LOG = System.getLogger(UploadService.class.getName());
    private static final int MAX_COMMIT_ATTEMPTS = 20;

    private final ObjectCatalog objects;
    private final BlobStore blobs;
    private final ObjectRemoval removal;
    private final BlobBookkeeping bookkeeping;
    private final StorageLimits limits;
    private final Clock clock;

    public UploadService(ObjectCatalog objects, BlobStore blobs, ObjectRemoval removal,
            BlobBookkeeping bookkeeping, StorageLimits limits, Clock clock) {
        this.objects = objects;
        this.blobs = blobs;
        this.removal = removal;
        this.bookkeeping = bookkeeping;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public StoredObject upload(Command command) {
        // the bucket and the object the upload may replace, in one round trip
        ObjectInBucket found = objects.findWithBucket(command.bucket(), command.key())
                .orElseThrow(() -> new BucketNotFound(command.bucket().value()));
        Bucket bucket = found.bucket();
        if (!AccessRules.canCreateObject(command.caller(), bucket)) {
            throw new AccessDenied("Sign in to upload objects");
        }
        long limit = bucket.effectiveSizeLimit(limits.maxFileSize()).bytes();
        if (command.declaredLength().isPresent() && command.declaredLength().getAsLong() > limit) {
            throw new PayloadTooLarge(limit);
        }
        if (!bucket.settings().allowedMimeTypes().permits(command.contentType())) {
            throw new UnsupportedMimeType(command.contentType().essence());
        }
        Optional<StoredObject> current = replaceable(command, bucket, found.object());

        BlobLocation location = BlobLocation.fresh(bucket);
        DigestCheck digests = new DigestCheck(command.expectedDigests(), command.content());
        // tracked before the first byte: a crash from here on leaves a blob the sweeper knows about
        bookkeeping.recordIntent(new UploadIntent(location, command.bucket(), command.key(), clock.instant()));
        BlobWritten written;
        try {
            // the store names its unfinished write (an S3 multipart upload) so a dead upload's can be removed
            written = blobs.put(location, digests.content(), limit,
                    partialWrite -> bookkeeping.recordPartialWrite(location.version(), partialWrite));
        } catch (RuntimeException e) {
            // a failed put keeps nothing, so the intent has nothing left to track
            forgetQuietly(location, e);
            throw e;
        }
        try {
            // a body that is not what the client sent is never committed; the compensation below drops it
            digests.verify(written);
            return commit(command, bucket, current, location, written);
        } catch (RuntimeException e) {
            discardUnlessCommitted(command, location, e);
            throw e;
        }
    }

    /**
     * Compensation: the blob must not outlive a commit that never happened. A commit can fail after it
     * took effect (its acknowledgement lost with the connection), so the blob is deleted only once the
     * catalog confirms no row points to it; when that cannot be confirmed, an orphan blob is the safe side.
     */
    private void discardUnlessCommitted(Command command, BlobLocation location, RuntimeException failure) {
        try {
            boolean committed = objects.find(command.bucket(), command.key())
                    .filter(object -> object.version().equals(location.version()))
                    .isPresent();
            if (committed) {
                LOG.log(Level.WARNING, "a commit reported failure but took effect; keeping its blob: bucket="
                        + location.bucket() + " version=" + location.version());
                return;
            }
            blobs.delete(location);
            bookkeeping.forgetIntent(location.version());
        } catch (RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
            LOG.log(Level.WARNING, "blob left to the sweeper under its upload intent: bucket=" + location.bucket()
                    + " version=" + location.version() + " reason=" + cleanup);
        }
    }

    private void forgetQuietly(BlobLocation location, RuntimeException failure) {
        try {
            bookkeeping.forgetIntent(location.version());
        } catch (RuntimeException cleanup) {
            // the sweeper expires it after the grace period
            failure.addSuppressed(cleanup);
        }
    }

    private StoredObject commit(Command command, Bucket bucket, Optional<StoredObject> current, BlobLocation location,
            BlobWritten written) {
        for (int attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt++) {
            StoredObject next = nextVersion(command, current, location, written, clock.instant());
            WriteCondition condition = current.map(o -> WriteCondition.replacing(o.version()))
                    .orElseGet(WriteCondition::absent);
            try {
                Optional<StoredObject> superseded = objects.commit(next, condition);
                superseded.ifPresent(old -> removal.discardBlob(bucket, old));
                return next;
            } catch (WriteConflict conflict) {
                current = replaceable(command, bucket, objects.find(command.bucket(), command.key()));
            }
        }
        throw new StorageUnavailable("too many concurrent writes to one path; retry", null);
    }

    /**
     * The object the upload will replace, once the caller is allowed to replace it and the precondition
     * holds. ETags are compared only after the access check, so that If-Match cannot serve a caller
     * without rights as an oracle for another user's content checksum.
     */
    private static Optional<StoredObject> replaceable(Command command, Bucket bucket, Optional<StoredObject> existing) {
        ObjectPrecondition precondition = command.precondition();
        if (existing.isEmpty()) {
            precondition.check(existing);
            return existing;
        }
        if (precondition.requiresAbsence()) {
            precondition.check(existing);
        }
        if (!command.upsert() && !precondition.expectsAnObject()) {
            throw new ObjectAlreadyExists(command.bucket().value(), command.key().value());
        }
        if (!AccessRules.canReplaceObject(command.caller(), bucket, existing.get())) {
            throw new AccessDenied("Only the object's or the bucket's owner may overwrite it");
        }
        precondition.check(existing);
        return existing;
    }

    private static StoredObject nextVersion(Command command, Optional<StoredObject> current, BlobLocation location,
            BlobWritten written, Instant now) {
        return new StoredObject(
                current.map(StoredObject::id).orElseGet(UUID::randomUUID),
                command.bucket(),
                command.key(),
                location.version(),
                written.size(),
                command.contentType(),
                written.sha256(),
                command.caller().user().or(() -> current.flatMap(StoredObject::owner)),
                command.cacheControl(),
                command.userMetadata(),
                current.map(StoredObject::createdAt).orElse(now),
                now,
                location.bucket(),
                command.contentEncoding());
    }
}
