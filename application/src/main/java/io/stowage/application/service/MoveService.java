package io.stowage.application.service;

import io.stowage.application.port.in.MoveObject;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.ObjectAlreadyExists;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.error.UnsupportedMimeType;
import io.stowage.domain.object.StoredObject;
import java.time.Clock;

/**
 * Moves an object by moving its catalog row in one transaction; the blob stays where it was written and
 * the row remembers that bucket, so no byte is copied and no blob deleted. The caller must be allowed to
 * read and delete the source and to create at the destination, whose size and MIME rules apply as to an
 * upload. A taken destination is refused (409), as in the peer: a move never replaces an object.
 */
public final class MoveService implements MoveObject {

    private static final int MAX_ATTEMPTS = 20;

    private final ObjectAccess access;
    private final ObjectCatalog objects;
    private final StorageLimits limits;
    private final Clock clock;

    public MoveService(BucketCatalog buckets, ObjectCatalog objects, StorageLimits limits, Clock clock) {
        this.access = new ObjectAccess(buckets, objects);
        this.objects = objects;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Result move(Command command) {
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
                objects.move(source, destination);
                return new Result(destination);
            } catch (WriteConflict conflict) {
                // the source changed or the destination was taken meanwhile: look again, checks included
            }
        }
        throw new StorageUnavailable("too many concurrent writes to one path; retry", null);
    }

    /** The destination's rules, as an upload of the same object there would meet them. */
    private void requireAccepted(Command command, Bucket destination, StoredObject source) {
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
