package io.stowage.application.service;

import io.stowage.application.port.in.MoveObject;
import io.stowage.application.port.in.ObjectTransfer;
import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.ObjectAlreadyExists;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.error.UnsupportedMimeType;
import io.stowage.domain.object.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Moves an object by moving its catalog row in one transaction. Within one volume the blob stays where it
 * was written and the row remembers that bucket, so no byte is copied. Between volumes the bytes are
 * copied to a new blob on the destination's volume first, checked against the object's checksum, and the
 * old blob is deleted once the row has moved. The caller must be allowed to read and delete the source
 * and to create at the destination, whose size and MIME rules apply as to an upload. A taken destination
 * is refused (409), as in the peer: a move never replaces an object.
 */
public final class MoveService implements MoveObject {

    private static final int MAX_ATTEMPTS = 20;

    private final ObjectAccess access;
    private final ObjectCatalog objects;
    private final BlobStore blobs;
    private final ObjectRemoval removal;
    private final BlobBookkeeping bookkeeping;
    private final StorageLimits limits;
    private final Clock clock;

    public MoveService(BucketCatalog buckets, ObjectCatalog objects, BlobStore blobs, ObjectRemoval removal,
            BlobBookkeeping bookkeeping, StorageLimits limits, Clock clock) {
        this.access = new ObjectAccess(buckets, objects);
        this.objects = objects;
        this.blobs = blobs;
        this.removal = removal;
        this.bookkeeping = bookkeeping;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Result move(ObjectTransfer command) {
        Bucket sourceBucket = access.bucket(command.sourceBucket());
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            StoredObject source = access.readable(command.caller(), sourceBucket, command.sourceKey());
            if (!AccessRules.canDeleteObject(command.caller(), sourceBucket, source)) {
                throw new AccessDenied("Only the object's or the bucket's owner may move it");
            }
            if (command.staysInPlace()) {
                return new Result(source);
            }
            Bucket destinationBucket = access.bucket(command.destinationBucket());
            requireAccepted(command, destinationBucket, source);
            StoredObject destination = source.movedTo(destinationBucket.name(), command.destinationKey(),
                    clock.instant());
            try {
                if (sourceBucket.sharesVolumeWith(destinationBucket)) {
                    objects.move(source, destination);
                } else {
                    destination = moveAcrossVolumes(sourceBucket, source, destinationBucket, destination);
                }
                return new Result(destination);
            } catch (WriteConflict conflict) {
                // the source changed or the destination was taken meanwhile: look again, checks included
            }
        }
        throw new StorageUnavailable("too many concurrent writes to one path; retry", null);
    }

    /**
     * Copies the bytes to the destination's volume, moves the row onto the copy, then drops the old blob.
     * A failure before the row moved drops the copy and leaves the source as it was.
     */
    private StoredObject moveAcrossVolumes(Bucket sourceBucket, StoredObject source, Bucket destinationBucket,
            StoredObject destination) {
        BlobLocation copy = BlobLocation.fresh(destinationBucket);
        StoredObject moved = destination.withNewBlob(copy.version());
        bookkeeping.recordIntent(new UploadIntent(copy, destinationBucket.name(), moved.key(), clock.instant()));
        try {
            copyBytes(BlobLocation.of(sourceBucket, source), copy, source);
            objects.move(source, moved);
        } catch (RuntimeException e) {
            if (!(e instanceof WriteConflict) && holds(moved)) {
                // the move took effect and only its acknowledgement was lost: the copy is the object now
                throw e;
            }
            discardQuietly(copy, e);
            throw e;
        }
        removal.discardBlob(sourceBucket, source);
        return moved;
    }

    private void copyBytes(BlobLocation from, BlobLocation to, StoredObject source) {
        BlobWritten written;
        try (BlobContent content = blobs.open(from); InputStream bytes = content.stream(0, content.size())) {
            written = blobs.put(to, bytes, source.size());
        } catch (BlobMissing replaced) {
            throw new WriteConflict("the version being moved was replaced meanwhile");
        } catch (IOException e) {
            throw new UncheckedIOException("reading the blob being moved failed", e);
        }
        if (!written.sha256().equals(source.checksum()) || written.size() != source.size()) {
            throw new StorageUnavailable("the copy of " + source.key() + " on volume " + to.volume()
                    + " does not match the original", null);
        }
    }

    private boolean holds(StoredObject moved) {
        try {
            return objects.find(moved.bucket(), moved.key()).filter(o -> o.version().equals(moved.version())).isPresent();
        } catch (RuntimeException unknown) {
            // cannot tell: keeping an orphan blob is the safe side
            return true;
        }
    }

    private void discardQuietly(BlobLocation copy, RuntimeException failure) {
        try {
            blobs.delete(copy);
            bookkeeping.forgetIntent(copy.version());
        } catch (RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    /** The destination's rules, as an upload of the same object there would meet them. */
    private void requireAccepted(ObjectTransfer command, Bucket destination, StoredObject source) {
        if (!AccessRules.canCreateObject(command.caller(), destination)) {
            throw new AccessDenied("Sign in to move objects");
        }
        long limit = destination.effectiveSizeLimit(limits.maxFileSize()).bytes();
        if (source.size() > limit) {
            throw new PayloadTooLarge(limit);
        }
        if (!destination.settings().allowedMimeTypes().permits(source.contentType())) {
            throw new UnsupportedMimeType(source.contentType().essence());
        }
        if (objects.find(destination.name(), command.destinationKey()).isPresent()) {
            throw new ObjectAlreadyExists(destination.name().value(), command.destinationKey().value());
        }
    }
}
