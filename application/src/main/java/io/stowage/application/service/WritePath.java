package io.stowage.application.service;

import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ObjectInBucket;
import io.stowage.application.port.out.QuotaReservations;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one way bytes become an object version, for every writer (upload, signed upload, copy, a move
 * between volumes). In the crash-safe order: the destination's rules (no byte read yet), a quota
 * reservation, the upload intent (before the first byte), the bytes streamed to a fresh blob through the
 * content inspector, the digests checked, one conditional catalog commit with a named
 * {@link CommitOutcome}, then the superseded version handed to the versioning policy. Any failure after
 * the intent deletes the new blob unless the catalog shows the commit took effect, and what cannot be
 * deleted stays tracked under its intent for the sweeper; the original error goes back to the caller.
 */
public final class WritePath {

    private static final Logger LOG = System.getLogger(WritePath.class.getName());

    private final ObjectCatalog objects;
    private final BlobStore blobs;
    private final BlobBookkeeping bookkeeping;
    private final DestinationRules rules;
    private final Clock clock;
    private final Seams seams;

    /**
     * The steps the next features plug in: quotas, content inspection, versioning, and the set of writes
     * this instance has in flight (shared with its {@link UploadLease}).
     */
    public record Seams(QuotaReservations quota, ContentInspector inspector, VersioningPolicy versioning,
            InFlightWrites inFlight) {

        public Seams {
            Objects.requireNonNull(quota, "quota");
            Objects.requireNonNull(inspector, "inspector");
            Objects.requireNonNull(versioning, "versioning");
            Objects.requireNonNull(inFlight, "inFlight");
        }

        /** No quotas, no inspection, superseded versions discarded. */
        public static Seams defaults(ObjectRemoval removal, InFlightWrites inFlight) {
            return new Seams(QuotaReservations.NONE, ContentInspector.IDENTITY, VersioningPolicy.discard(removal),
                    inFlight);
        }
    }

    /** A write of {@code source}'s bytes to {@code bucket}/{@code key} on {@code caller}'s behalf. */
    public record Request(Principal caller, BucketName bucket, ObjectKey key, WriteRule rule, ObjectDetails details,
            ByteSource source) {

        public Request {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(source, "source");
        }
    }

    public WritePath(ObjectCatalog objects, BlobStore blobs, BlobBookkeeping bookkeeping, StorageLimits limits,
            Clock clock, Seams seams) {
        this.objects = objects;
        this.blobs = blobs;
        this.bookkeeping = bookkeeping;
        this.rules = new DestinationRules(limits);
        this.clock = clock;
        this.seams = seams;
    }

    /** The path with the default seams and a set of in-flight writes of its own. */
    public WritePath(ObjectCatalog objects, BlobStore blobs, ObjectRemoval removal, BlobBookkeeping bookkeeping,
            StorageLimits limits, Clock clock) {
        this(objects, blobs, bookkeeping, limits, clock, Seams.defaults(removal, new InFlightWrites()));
    }

    /**
     * Writes a new version of the path, retrying the commit (checks included) while concurrent writers
     * change the path in between.
     *
     * @return the committed object
     */
    public StoredObject write(Request request) {
        ObjectInBucket found = objects.findWithBucket(request.bucket(), request.key())
                .orElseThrow(() -> new BucketNotFound(request.bucket().value()));
        Bucket bucket = found.bucket();
        long limit = rules.admit(request.caller(), bucket, request.details().contentType(),
                request.source().knownLength(), "upload objects");
        AtomicReference<Optional<StoredObject>> current =
                new AtomicReference<>(replaceable(request, bucket, found.object()));
        return stageAndCommit(request.caller(), bucket, request.key(), request.details().contentType(),
                request.source(), limit, bucket, (location, written) -> ConflictRetry.untilSettled(() -> {
                    StoredObject next = nextVersion(request, current.get(), location, written, clock.instant());
                    WriteCondition condition = current.get().map(o -> WriteCondition.replacing(o.version()))
                            .orElseGet(WriteCondition::absent);
                    CommitOutcome outcome = CommitOutcome.of(next, candidate -> objects.commit(candidate, condition));
                    if (outcome instanceof CommitOutcome.ConditionFailed) {
                        // someone else wrote the path meanwhile: look again, rules and precondition included
                        current.set(replaceable(request, bucket, objects.find(request.bucket(), request.key())));
                        return Optional.empty();
                    }
                    return Optional.of(outcome);
                }));
    }

    /**
     * Copies {@code source}'s bytes to {@code destinationBucket}'s volume and moves the row onto the copy
     * in one catalog transaction, which also queues the source's blob; a failure before the row moved
     * drops the copy and leaves the source as it was. The destination's rules are the caller's to check
     * (a move checks them for both of its branches).
     *
     * @throws WriteConflict when the source changed or the destination was taken meanwhile (look again)
     */
    public StoredObject moveAcrossVolumes(Principal caller, Bucket sourceBucket, StoredObject source,
            Bucket destinationBucket, StoredObject destination, long limit) {
        ByteSource bytes = new ByteSource.ExistingBlob(BlobLocation.of(sourceBucket, source), source.size(),
                source.checksum());
        return stageAndCommit(caller, destinationBucket, destination.key(), source.contentType(), bytes, limit,
                sourceBucket, (location, written) -> {
                    StoredObject moved = destination.withNewBlob(location.version());
                    CommitOutcome outcome = CommitOutcome.of(moved, candidate -> {
                        objects.move(source, candidate);
                        return Optional.of(source);
                    });
                    if (outcome instanceof CommitOutcome.ConditionFailed failed) {
                        throw failed.conflict();
                    }
                    return outcome;
                });
    }

    /** The commit step of one write, given the fresh blob's location and what the store wrote there. */
    @FunctionalInterface
    private interface CommitStep {
        CommitOutcome commit(BlobLocation location, BlobWritten written);
    }

    /** {@code previousHolder} is the bucket whose volume holds the blob a commit supersedes. */
    private StoredObject stageAndCommit(Principal caller, Bucket bucket, ObjectKey key, ContentType contentType,
            ByteSource source, long limit, Bucket previousHolder, CommitStep step) {
        BlobLocation location = BlobLocation.fresh(bucket);
        QuotaReservations.Reservation reservation = seams.quota().reserve(caller, bucket,
                source.knownLength().orElse(limit));
        seams.inFlight().begin(location.version());
        try {
            BlobWritten written = stage(bucket, key, contentType, source, limit, location);
            CommitOutcome outcome;
            try {
                outcome = step.commit(location, written);
            } catch (RuntimeException e) {
                discardUnlessCommitted(bucket.name(), key, location, e);
                throw e;
            }
            if (outcome instanceof CommitOutcome.LostAnswer lost) {
                discardUnlessCommitted(bucket.name(), key, location, lost.failure());
                throw lost.failure();
            }
            StoredObject committed = outcome.committed()
                    .orElseThrow(() -> new IllegalStateException("a commit step answered " + outcome));
            reservation.confirm(committed.size());
            reservation = QuotaReservations.Reservation.NOTHING;
            if (outcome instanceof CommitOutcome.Replaced replaced) {
                seams.versioning().superseded(previousHolder, replaced.previous());
            }
            return committed;
        } finally {
            reservation.release();
            seams.inFlight().end(location.version());
        }
    }

    /** Records the intent, streams the bytes to {@code location} and checks them; cleans up after itself. */
    private BlobWritten stage(Bucket bucket, ObjectKey key, ContentType contentType, ByteSource source, long limit,
            BlobLocation location) {
        // tracked before the first byte: a crash from here on leaves a blob the sweeper knows about
        bookkeeping.recordIntent(new UploadIntent(location, bucket.name(), key, clock.instant()));
        if (source instanceof ByteSource.Sent sent) {
            DigestCheck digests = new DigestCheck(sent.expectedDigests(), sent.content());
            BlobWritten written = put(location, seams.inspector().inspect(location, contentType, digests.content()),
                    limit);
            verifyOrDiscard(bucket.name(), key, location, () -> digests.verify(written));
            return written;
        }
        ByteSource.ExistingBlob existing = (ByteSource.ExistingBlob) source;
        BlobWritten written;
        try (BlobContent content = blobs.open(existing.location());
                InputStream bytes = content.stream(0, content.size())) {
            written = put(location, seams.inspector().inspect(location, contentType, bytes), limit);
        } catch (BlobMissing replaced) {
            forgetQuietly(location, replaced);
            throw new WriteConflict("the version being copied was replaced meanwhile");
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("reading the blob being copied failed", e);
            discardUnlessCommitted(bucket.name(), key, location, failure);
            throw failure;
        }
        verifyOrDiscard(bucket.name(), key, location, () -> {
            if (!written.sha256().equals(existing.sha256()) || written.size() != existing.size()) {
                throw new StorageUnavailable("the copy on volume " + location.volume() + " does not match "
                        + existing.location(), null);
            }
        });
        return written;
    }

    private BlobWritten put(BlobLocation location, InputStream content, long limit) {
        try {
            // the store names its unfinished write (an S3 multipart upload) so a dead upload's can be removed
            return blobs.put(location, content, limit,
                    partialWrite -> bookkeeping.recordPartialWrite(location.version(), partialWrite));
        } catch (RuntimeException e) {
            // a failed put keeps nothing, so the intent has nothing left to track
            forgetQuietly(location, e);
            throw e;
        }
    }

    /** A body that is not what was expected is never committed. */
    private void verifyOrDiscard(BucketName bucket, ObjectKey key, BlobLocation location, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            discardUnlessCommitted(bucket, key, location, e);
            throw e;
        }
    }

    /**
     * Compensation: the blob must not outlive a commit that never happened. A commit can fail after it
     * took effect (its acknowledgement lost with the connection), so the blob is deleted only once the
     * catalog confirms no row points to it; when that cannot be confirmed, the blob stays under its intent.
     */
    private void discardUnlessCommitted(BucketName bucket, ObjectKey key, BlobLocation location,
            RuntimeException failure) {
        try {
            boolean committed = objects.find(bucket, key)
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
            // the intent is not in flight any more: the instance's lease hands it to the sweeper
            failure.addSuppressed(cleanup);
        }
    }

    private static Optional<StoredObject> replaceable(Request request, Bucket bucket, Optional<StoredObject> existing) {
        return DestinationRules.replaceable(request.caller(), bucket, request.key(), request.rule(), existing);
    }

    private static StoredObject nextVersion(Request request, Optional<StoredObject> current, BlobLocation location,
            BlobWritten written, Instant now) {
        ObjectDetails details = request.details();
        return new StoredObject(
                current.map(StoredObject::id).orElseGet(UUID::randomUUID),
                request.bucket(),
                request.key(),
                location.version(),
                written.size(),
                details.contentType(),
                written.sha256(),
                request.caller().user().or(() -> current.flatMap(StoredObject::owner)),
                details.cacheControl(),
                details.userMetadata(),
                current.map(StoredObject::createdAt).orElse(now),
                now,
                location.bucket(),
                details.contentEncoding());
    }
}
