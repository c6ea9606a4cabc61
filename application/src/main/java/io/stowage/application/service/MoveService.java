package io.stowage.application.service;

import io.stowage.application.port.in.MoveObject;
import io.stowage.application.port.in.ObjectTransfer;
import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.object.StoredObject;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Moves an object by moving its catalog row in one transaction. Within one volume the blob stays where it
 * was written and the row remembers that bucket, so no byte is copied. Between volumes the
 * {@link WritePath} copies the bytes to a new blob on the destination's volume, checks them against the
 * object's checksum, moves the row onto the copy and drops the old blob. The caller must be allowed to
 * read and delete the source and to create at the destination, whose size and MIME rules apply as to an
 * upload. A taken destination is refused (409), as in the peer: a move never replaces an object.
 */
public final class MoveService implements MoveObject {

    private final ObjectAccess access;
    private final ObjectCatalog objects;
    private final DestinationRules rules;
    private final WritePath writes;
    private final Clock clock;

    public MoveService(BucketCatalog buckets, ObjectCatalog objects, WritePath writes, StorageLimits limits,
            Clock clock) {
        this.access = new ObjectAccess(buckets, objects);
        this.objects = objects;
        this.rules = new DestinationRules(limits);
        this.writes = writes;
        this.clock = clock;
    }

    /** A move service on a write path of its own with the default seams. */
    public MoveService(BucketCatalog buckets, ObjectCatalog objects, BlobStore blobs, ObjectRemoval removal,
            BlobBookkeeping bookkeeping, StorageLimits limits, Clock clock) {
        this(buckets, objects, new WritePath(objects, blobs, removal, bookkeeping, limits, clock), limits, clock);
    }

    @Override
    public Result move(ObjectTransfer command) {
        Bucket sourceBucket = access.bucket(command.sourceBucket());
        return ConflictRetry.untilSettled(() -> {
            StoredObject source = access.readable(command.caller(), sourceBucket, command.sourceKey());
            if (!AccessRules.canDeleteObject(command.caller(), sourceBucket, source)) {
                throw new AccessDenied("Only the object's or the bucket's owner may move it");
            }
            if (command.staysInPlace()) {
                return Optional.of(new Result(source));
            }
            Bucket destinationBucket = access.bucket(command.destinationBucket());
            // the destination's rules, as an upload of the same object there would meet them
            long limit = rules.admit(command.caller(), destinationBucket, source.contentType(),
                    OptionalLong.of(source.size()), "move objects");
            DestinationRules.replaceable(command.caller(), destinationBucket, command.destinationKey(),
                    WriteRule.createOnly(), objects.find(destinationBucket.name(), command.destinationKey()));
            StoredObject destination = source.movedTo(destinationBucket.name(), command.destinationKey(),
                    clock.instant());
            try {
                if (sourceBucket.sharesVolumeWith(destinationBucket)) {
                    objects.move(source, destination);
                    return Optional.of(new Result(destination));
                }
                return Optional.of(new Result(writes.moveAcrossVolumes(command.caller(), sourceBucket, source,
                        destinationBucket, destination, limit)));
            } catch (WriteConflict conflict) {
                // the source changed or the destination was taken meanwhile: look again, checks included
                return Optional.empty();
            }
        });
    }
}
