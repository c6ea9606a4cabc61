package io.stowage.application.service;

import io.stowage.application.port.in.UploadBody;
import io.stowage.application.port.in.UploadObject;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.DependencyCheck;
import io.stowage.application.testing.InMemoryBlobBookkeeping;
import io.stowage.application.testing.InMemoryBlobStore;
import io.stowage.application.testing.InMemoryBucketCatalog;
import io.stowage.application.testing.InMemoryObjectCatalog;
import io.stowage.application.testing.InMemorySweepLock;
import io.stowage.application.testing.SettableClock;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ByteSize;
import io.stowage.domain.value.ContentDigest;
import io.stowage.domain.value.ContentType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The services wired to in-memory fakes and a settable clock, with the callers the tests use. */
final class ServiceHarness {

    static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    static final ByteSize GLOBAL_LIMIT = ByteSize.ofBytes(1000);
    static final UserId ALICE_ID = new UserId("alice");
    static final UserId BOB_ID = new UserId("bob");
    static final Principal ALICE = Principal.authenticated(ALICE_ID);
    static final Principal BOB = Principal.authenticated(BOB_ID);
    static final Principal ANON = Principal.anonymous();
    static final Principal SERVICE = Principal.serviceRole(Optional.empty());
    static final VolumeName ARCHIVE = new VolumeName("archive");
    static final Duration SWEEP_GRACE = Duration.ofHours(1);

    final SettableClock clock = new SettableClock(T0);
    final InMemoryBlobBookkeeping bookkeeping = new InMemoryBlobBookkeeping();
    final InMemoryObjectCatalog objects = new InMemoryObjectCatalog(bookkeeping);
    final InMemoryBucketCatalog buckets = new InMemoryBucketCatalog(objects);
    /** The default volume's store. */
    final InMemoryBlobStore blobs = new InMemoryBlobStore();
    /** The store of a second volume, {@link #ARCHIVE}. */
    final InMemoryBlobStore archiveBlobs = new InMemoryBlobStore();
    final Volumes volumes = new Volumes(List.of(volume(VolumeName.DEFAULT, blobs), volume(ARCHIVE, archiveBlobs)),
            VolumeName.DEFAULT);
    final ObjectRemoval removal = new ObjectRemoval(objects, volumes, bookkeeping);
    final InFlightWrites inFlight = new InFlightWrites();
    final WritePath writes = new WritePath(objects, volumes, bookkeeping, new StorageLimits(GLOBAL_LIMIT), clock,
            WritePath.Seams.defaults(removal, inFlight));
    final UploadService uploads = new UploadService(writes);
    final ReadService reads = new ReadService(buckets, objects, volumes);
    final DeleteService deletes = new DeleteService(buckets, objects, removal);
    final BucketService bucketService = new BucketService(buckets, removal, volumes, clock);
    final CopyService copies = new CopyService(reads, writes);
    final MoveService moves = new MoveService(buckets, objects, writes, new StorageLimits(GLOBAL_LIMIT), clock);
    final InMemorySweepLock sweepLock = new InMemorySweepLock();
    final Sweeper sweeper = new Sweeper(bookkeeping, volumes, objects, sweepLock, clock,
            new Sweeper.Settings(SWEEP_GRACE, true, 100_000));

    {
        blobs.useClock(clock);
        archiveBlobs.useClock(clock);
        bookkeeping.useClock(clock);
    }

    static Volumes.Volume volume(VolumeName name, InMemoryBlobStore store) {
        DependencyCheck probe = new DependencyCheck() {
            @Override
            public String name() {
                return "volume " + name;
            }

            @Override
            public void check() {
                // the in-memory store is always there
            }
        };
        return new Volumes.Volume(name, "memory", store, probe, () -> { });
    }

    /** A bucket owned by Alice with the given policy and no limits. */
    BucketName bucket(String name, AccessPolicy policy) {
        return bucket(name, policy, Optional.empty(), AllowedMimeTypes.ANY);
    }

    BucketName bucket(String name, AccessPolicy policy, Optional<ByteSize> limit, AllowedMimeTypes mimeTypes) {
        BucketName bucketName = new BucketName(name);
        buckets.create(Bucket.create(bucketName, Optional.of(ALICE_ID), new BucketSettings(policy, limit, mimeTypes),
                clock.instant()));
        return bucketName;
    }

    /** A bucket owned by Alice on the {@link #ARCHIVE} volume. */
    BucketName archiveBucket(String name, AccessPolicy policy) {
        BucketName bucketName = new BucketName(name);
        buckets.create(Bucket.create(bucketName, Optional.of(ALICE_ID), new BucketSettings(policy, Optional.empty(),
                AllowedMimeTypes.ANY), ARCHIVE, clock.instant()));
        return bucketName;
    }

    Bucket bucketOf(BucketName name) {
        return buckets.find(name).orElseThrow();
    }

    static ObjectKey key(String value) {
        return new ObjectKey(value);
    }

    static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static UploadObject.Command command(Principal caller, BucketName bucket, String key, InputStream content,
            OptionalLong declaredLength, boolean upsert) {
        return command(caller, bucket, key, content, declaredLength, upsert, ObjectPrecondition.none(), List.of());
    }

    static UploadObject.Command command(Principal caller, BucketName bucket, String key, InputStream content,
            OptionalLong declaredLength, boolean upsert, ObjectPrecondition precondition, List<ContentDigest> digests) {
        return new UploadObject.Command(caller, bucket, new ObjectKey(key), new ContentType("text/plain"),
                declaredLength, upsert, Optional.of("max-age=3600"), Optional.of("{\"a\":1}"), content, precondition,
                digests);
    }

    /** What {@code command} sends, without who sends it, where and the upsert choice. */
    static UploadBody bodyOf(UploadObject.Command command) {
        return new UploadBody(command.contentType(), command.declaredLength(), command.cacheControl(),
                command.userMetadata(), command.content(), command.precondition(), command.expectedDigests(),
                command.contentEncoding());
    }

    /** Uploads a small text as {@code caller}, without upsert. */
    StoredObject upload(Principal caller, BucketName bucket, String key, String text) {
        return uploads.upload(command(caller, bucket, key, body(text), OptionalLong.empty(), false)).object();
    }

    StoredObject upsert(Principal caller, BucketName bucket, String key, String text) {
        return uploads.upload(command(caller, bucket, key, body(text), OptionalLong.empty(), true)).object();
    }

    /** The blob of an object of a bucket on the default volume. */
    static BlobLocation blobOf(StoredObject object) {
        return new BlobLocation(VolumeName.DEFAULT, object.blobBucket(), object.version());
    }

    /** The blob of an object of a bucket on the {@link #ARCHIVE} volume. */
    static BlobLocation archiveBlobOf(StoredObject object) {
        return new BlobLocation(ARCHIVE, object.blobBucket(), object.version());
    }

    String textOf(StoredObject object) {
        return new String(blobs.bytesOf(blobOf(object)), StandardCharsets.UTF_8);
    }

    List<StoredObject> rows() {
        return objects.all();
    }
}
