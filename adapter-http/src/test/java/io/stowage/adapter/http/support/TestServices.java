package io.stowage.adapter.http.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.stowage.application.service.BucketService;
import io.stowage.application.service.CopyService;
import io.stowage.application.service.DeleteService;
import io.stowage.application.service.EventFeed;
import io.stowage.application.service.HealthService;
import io.stowage.application.service.MoveService;
import io.stowage.application.service.ObjectRemoval;
import io.stowage.application.port.out.UrlTokens;
import io.stowage.application.service.ReadService;
import io.stowage.application.service.ShareLimits;
import io.stowage.application.service.SignedUploadService;
import io.stowage.application.service.SignedUrlService;
import io.stowage.application.service.StorageLimits;
import io.stowage.application.service.StartupConsistency;
import io.stowage.application.service.ResumableUploadService;
import io.stowage.application.service.Sweeper;
import io.stowage.application.service.UploadService;
import io.stowage.application.service.WritePath;
import io.stowage.application.service.Volumes;
import io.stowage.application.testing.InMemoryBucketCatalog;
import io.stowage.application.testing.InMemoryEventLog;
import io.stowage.application.testing.InMemoryObjectCatalog;
import io.stowage.application.testing.InMemoryResumableUploadStore;
import io.stowage.application.testing.InMemorySweepLock;
import io.stowage.domain.value.ByteSize;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The real application services over in-memory driven ports: what the bootstrap does, for tests. */
@Factory
final class TestServices {

    @Singleton
    InMemoryObjectCatalog objectCatalog() {
        return new InMemoryObjectCatalog();
    }

    @Singleton
    InMemoryBucketCatalog bucketCatalog(InMemoryObjectCatalog objects) {
        return new InMemoryBucketCatalog(objects);
    }

    @Singleton
    ProbeBlobStore blobStore() {
        return new ProbeBlobStore();
    }

    @Singleton
    SwitchableCheck databaseCheck() {
        return new SwitchableCheck();
    }

    @Singleton
    ObjectRemoval objectRemoval(InMemoryObjectCatalog objects, ProbeBlobStore blobs) {
        return new ObjectRemoval(objects, blobs, objects.bookkeeping());
    }

    @Singleton
    BucketService bucketService(InMemoryBucketCatalog buckets, ObjectRemoval removal, ProbeBlobStore blobs) {
        return new BucketService(buckets, removal, Volumes.single(blobs), Clock.systemUTC());
    }

    @Singleton
    UploadService uploadService(InMemoryObjectCatalog objects, ProbeBlobStore blobs,
            ObjectRemoval removal, @Value("${test.max-file-size:1GB}") String maxFileSize) {
        return new UploadService(objects, blobs, removal, objects.bookkeeping(),
                new StorageLimits(ByteSize.parse(maxFileSize)),
                Clock.systemUTC());
    }

    @Singleton
    ReadService readService(InMemoryBucketCatalog buckets, InMemoryObjectCatalog objects, ProbeBlobStore blobs) {
        return new ReadService(buckets, objects, blobs);
    }

    @Singleton
    DeleteService deleteService(InMemoryBucketCatalog buckets, InMemoryObjectCatalog objects, ObjectRemoval removal) {
        return new DeleteService(buckets, objects, removal);
    }

    @Singleton
    SignedUrlService signedUrlService(InMemoryBucketCatalog buckets, InMemoryObjectCatalog objects, ProbeBlobStore blobs,
            UrlTokens tokens) {
        return new SignedUrlService(buckets, objects, blobs, tokens, new ShareLimits(ShareLimits.DEFAULT_MAX_EXPIRY),
                Clock.systemUTC());
    }

    @Singleton
    SignedUploadService signedUploadService(InMemoryBucketCatalog buckets, InMemoryObjectCatalog objects,
            UploadService uploads, UrlTokens tokens) {
        return new SignedUploadService(buckets, objects, uploads, tokens, new ShareLimits(ShareLimits.DEFAULT_MAX_EXPIRY),
                Clock.systemUTC());
    }

    @Singleton
    CopyService copyService(ReadService reads, InMemoryObjectCatalog objects, ProbeBlobStore blobs,
            ObjectRemoval removal, @Value("${test.max-file-size:1GB}") String maxFileSize) {
        return new CopyService(reads, new WritePath(objects, blobs, removal, objects.bookkeeping(),
                new StorageLimits(ByteSize.parse(maxFileSize)), Clock.systemUTC()));
    }

    @Singleton
    MoveService moveService(InMemoryBucketCatalog buckets, InMemoryObjectCatalog objects, ProbeBlobStore blobs,
            ObjectRemoval removal, @Value("${test.max-file-size:1GB}") String maxFileSize) {
        return new MoveService(buckets, objects, blobs, removal, objects.bookkeeping(),
                new StorageLimits(ByteSize.parse(maxFileSize)),
                Clock.systemUTC());
    }

    @Singleton
    ResumableUploadService resumableUploads(InMemoryObjectCatalog objects, ProbeBlobStore blobs, UploadService uploads,
            @Value("${test.max-file-size:1GB}") String maxFileSize) {
        return new ResumableUploadService(new InMemoryResumableUploadStore(objects.bookkeeping()), objects, blobs,
                objects.bookkeeping(), uploads, new StorageLimits(ByteSize.parse(maxFileSize)), Clock.systemUTC(),
                Duration.ofHours(24));
    }

    @Singleton
    Sweeper sweeper(InMemoryObjectCatalog objects, ProbeBlobStore blobs) {
        return new Sweeper(objects.bookkeeping(), Volumes.single(blobs), objects, new InMemorySweepLock(),
                Clock.systemUTC(), new Sweeper.Settings(Duration.ofHours(1), true, 10_000));
    }

    @Singleton
    InMemoryEventLog eventLog() {
        return new InMemoryEventLog();
    }

    @Singleton
    EventFeed eventFeed(InMemoryEventLog log) {
        return new EventFeed(log);
    }

    /** The real start-up check over the fakes, run once when first asked for. */
    @Singleton
    StartupConsistency startupConsistency(InMemoryObjectCatalog objects, ProbeBlobStore blobs) {
        StartupConsistency check = new StartupConsistency(Volumes.single(blobs), objects.bookkeeping(), objects,
                Clock.systemUTC(), Duration.ofHours(1), 1000);
        check.run();
        return check;
    }

    @Singleton
    HealthService healthService(SwitchableCheck database) {
        return new HealthService(List.of(database));
    }

    /** Render URLs are signed for real; rendering itself belongs to adapter-image, so these fakes refuse every source. */
    @Singleton
    io.stowage.application.service.RenderUrlService renderUrlService(InMemoryBucketCatalog buckets,
            InMemoryObjectCatalog objects, UrlTokens tokens) {
        return new io.stowage.application.service.RenderUrlService(buckets, objects, tokens,
                new ShareLimits(ShareLimits.DEFAULT_MAX_EXPIRY), Clock.systemUTC());
    }

    @Singleton
    io.stowage.application.service.RenderService renderService(InMemoryBucketCatalog buckets,
            InMemoryObjectCatalog objects, ProbeBlobStore blobs, UrlTokens tokens) {
        io.stowage.application.port.out.RenditionCache nothingKept = new io.stowage.application.port.out.RenditionCache() {
            @Override
            public java.util.Optional<Entry> open(String key) {
                return java.util.Optional.empty();
            }

            @Override
            public void put(String key, Producer producer) throws java.io.IOException {
                producer.writeTo(java.io.OutputStream.nullOutputStream());
            }
        };
        return new io.stowage.application.service.RenderService(buckets, objects, blobs,
                (source, transform, out) -> {
                    throw new io.stowage.domain.error.ImageNotRenderable("no renderer in the HTTP adapter's tests");
                }, nothingKept, new io.stowage.application.service.RenderWorkers(Runnable::run), tokens,
                Clock.systemUTC(), 25L * 1024 * 1024);
    }
}
