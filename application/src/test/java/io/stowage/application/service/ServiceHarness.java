package io.stowage.application.service;

import io.stowage.application.port.in.UploadObject;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.testing.InMemoryBlobStore;
import io.stowage.application.testing.InMemoryBucketCatalog;
import io.stowage.application.testing.InMemoryObjectCatalog;
import io.stowage.application.testing.SettableClock;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
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

    final SettableClock clock = new SettableClock(T0);
    final InMemoryObjectCatalog objects = new InMemoryObjectCatalog();
    final InMemoryBucketCatalog buckets = new InMemoryBucketCatalog(objects);
    final InMemoryBlobStore blobs = new InMemoryBlobStore();
    final ObjectRemoval removal = new ObjectRemoval(objects, blobs);
    final UploadService uploads = new UploadService(buckets, objects, blobs, removal, new StorageLimits(GLOBAL_LIMIT),
            clock);
    final ReadService reads = new ReadService(buckets, objects, blobs);
    final DeleteService deletes = new DeleteService(buckets, objects, removal);
    final BucketService bucketService = new BucketService(buckets, removal, clock);
    final CopyService copies = new CopyService(reads, uploads);
    final MoveService moves = new MoveService(buckets, objects, new StorageLimits(GLOBAL_LIMIT), clock);

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

    /** Uploads a small text as {@code caller}, without upsert. */
    StoredObject upload(Principal caller, BucketName bucket, String key, String text) {
        return uploads.upload(command(caller, bucket, key, body(text), OptionalLong.empty(), false));
    }

    StoredObject upsert(Principal caller, BucketName bucket, String key, String text) {
        return uploads.upload(command(caller, bucket, key, body(text), OptionalLong.empty(), true));
    }

    static BlobLocation blobOf(StoredObject object) {
        return BlobLocation.of(object);
    }

    String textOf(StoredObject object) {
        return new String(blobs.bytesOf(blobOf(object)), StandardCharsets.UTF_8);
    }

    List<StoredObject> rows() {
        return objects.all();
    }
}
