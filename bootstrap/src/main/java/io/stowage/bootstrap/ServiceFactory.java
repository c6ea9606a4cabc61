package io.stowage.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micrometer.core.instrument.MeterRegistry;
import io.stowage.application.port.in.SweepStorage;
import io.stowage.application.port.in.UploadObject;
import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.DeliveryCursors;
import io.stowage.application.port.out.DependencyCheck;
import io.stowage.application.port.out.EventLog;
import io.stowage.application.port.out.InstanceHeartbeat;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ResumableUploadStore;
import io.stowage.application.port.out.SweepLock;
import io.stowage.application.port.out.UrlTokens;
import io.stowage.application.service.KeyListingService;
import io.stowage.application.service.ResumableUploadService;
import io.stowage.application.service.S3KeyService;
import io.stowage.application.port.out.S3Credentials;
import io.stowage.application.service.BucketService;
import io.stowage.application.service.CopyService;
import io.stowage.application.service.DeleteService;
import io.stowage.application.service.EventFeed;
import io.stowage.application.service.EventRetention;
import io.stowage.application.service.HealthService;
import io.stowage.application.service.InFlightWrites;
import io.stowage.application.service.MoveService;
import io.stowage.application.service.ObjectRemoval;
import io.stowage.application.service.ReadService;
import io.stowage.application.service.ShareLimits;
import io.stowage.application.service.SignedUploadService;
import io.stowage.application.service.SignedUrlService;
import io.stowage.application.service.StorageLimits;
import io.stowage.application.service.StartupConsistency;
import io.stowage.application.service.Sweeper;
import io.stowage.application.service.UploadLease;
import io.stowage.application.service.UploadService;
import io.stowage.application.service.Volumes;
import io.stowage.application.service.VolumeAdminService;
import io.stowage.application.port.out.VolumeRegistry;
import io.stowage.application.service.WebhookFeed;
import io.stowage.application.service.WritePath;
import io.stowage.domain.value.ByteSize;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the annotation-free application services from whichever adapters provide the ports. */
@Factory
class ServiceFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    StorageLimits limits(@Value("${stowage.max-file-size:1GB}") String maxFileSize) {
        return new StorageLimits(ByteSize.parse(maxFileSize));
    }

    @Singleton
    ObjectRemoval objectRemoval(ObjectCatalog objects, Volumes volumes, BlobBookkeeping bookkeeping) {
        return new ObjectRemoval(objects, volumes, bookkeeping);
    }

    @Singleton
    BucketService bucketService(BucketCatalog buckets, ObjectRemoval removal, Volumes volumes, Clock clock) {
        return new BucketService(buckets, removal, volumes, clock);
    }

    /** The writes this instance has in flight, which its upload lease keeps alive. */
    @Singleton
    InFlightWrites inFlightWrites() {
        return new InFlightWrites();
    }

    /** This instance's lease on the uploads it streams, renewed by the heartbeat schedule. */
    @Singleton
    UploadLease uploadLease(InstanceHeartbeat heartbeat, BlobBookkeeping bookkeeping, InFlightWrites inFlight,
            Clock clock) {
        return new UploadLease(heartbeat, bookkeeping, inFlight, clock);
    }

    /** The one write path every writer (upload, signed upload, copy, move between volumes) goes through. */
    @Singleton
    WritePath writePath(ObjectCatalog objects, Volumes volumes, ObjectRemoval removal, BlobBookkeeping bookkeeping,
            StorageLimits limits, Clock clock, InFlightWrites inFlight,
            @Nullable @Property(name = PauseAfterPut.SETTING) Duration pauseAfterPut) {
        BlobStore blobs = pauseAfterPut == null ? volumes : new PauseAfterPut(volumes, pauseAfterPut);
        return new WritePath(objects, blobs, bookkeeping, limits, clock, WritePath.Seams.defaults(removal, inFlight));
    }

    @Singleton
    UploadService uploadService(WritePath writes) {
        return new UploadService(writes);
    }

    @Singleton
    ReadService readService(BucketCatalog buckets, ObjectCatalog objects, Volumes volumes) {
        return new ReadService(buckets, objects, volumes);
    }

    @Singleton
    DeleteService deleteService(BucketCatalog buckets, ObjectCatalog objects, ObjectRemoval removal) {
        return new DeleteService(buckets, objects, removal);
    }

    @Singleton
    CopyService copyService(ReadService reads, WritePath writes) {
        return new CopyService(reads, writes);
    }

    @Singleton
    MoveService moveService(BucketCatalog buckets, ObjectCatalog objects, WritePath writes, StorageLimits limits,
            Clock clock) {
        return new MoveService(buckets, objects, writes, limits, clock);
    }

    @Singleton
    ShareLimits shareLimits(@Value("${stowage.signed-url-max-expiry:7d}") String maxExpiry) {
        try {
            return ShareLimits.parse(maxExpiry);
        } catch (IllegalArgumentException e) {
            throw new StartupFailure("STOWAGE_SIGNED_URL_MAX_EXPIRY must be a positive duration such as 7d, 24h, 3600s"
                    + " or 604800, not '" + maxExpiry + "'");
        }
    }

    @Singleton
    SignedUrlService signedUrlService(BucketCatalog buckets, ObjectCatalog objects, Volumes volumes, UrlTokens tokens,
            ShareLimits limits, Clock clock) {
        return new SignedUrlService(buckets, objects, volumes, tokens, limits, clock);
    }

    @Singleton
    SignedUploadService signedUploadService(BucketCatalog buckets, ObjectCatalog objects, UploadService uploads,
            UrlTokens tokens, ShareLimits limits, Clock clock) {
        return new SignedUploadService(buckets, objects, uploads, tokens, limits, clock);
    }

    /**
     * {@code stowage.cleanup.grace}: how old an untracked blob, or an intent no instance holds, must be to count
     * as dead; {@code stowage.cleanup.lease-timeout}: how long an instance may miss its heartbeat before its
     * uploads count as dead.
     */
    @Singleton
    SweepStorage sweeper(BlobBookkeeping bookkeeping, Volumes volumes, ObjectCatalog objects, SweepLock lock,
            Clock clock, @Value("${stowage.cleanup.grace:1h}") Duration grace,
            @Value("${stowage.cleanup.repair-metadata:true}") boolean repairMetadata,
            @Value("${stowage.cleanup.max-checks:100000}") long maxChecks, LeaseTimeout leaseTimeout,
            MeterRegistry registry) {
        return new MeasuredSweeps(new Sweeper(bookkeeping, volumes, objects, lock, clock,
                new Sweeper.Settings(grace, repairMetadata, maxChecks, leaseTimeout.value())), registry);
    }

    /** {@code stowage.cleanup.startup-check-limit}: a full check up to that many blobs and rows per volume. */
    @Singleton
    StartupConsistency startupConsistency(Volumes volumes, BlobBookkeeping bookkeeping, ObjectCatalog objects,
            Clock clock, @Value("${stowage.cleanup.grace:1h}") Duration grace,
            @Value("${stowage.cleanup.startup-check-limit:10000}") long limit) {
        return new StartupConsistency(volumes, bookkeeping, objects, clock, grace, limit);
    }

    @Singleton
    HealthService healthService(List<DependencyCheck> checks, Volumes volumes) {
        List<DependencyCheck> all = new ArrayList<>(checks);
        volumes.all().forEach(volume -> all.add(volume.probe()));
        return new HealthService(all);
    }

    @Singleton
    EventFeed eventFeed(EventLog log) {
        return new EventFeed(log);
    }

    /** {@code stowage.webhooks.lease}: how long a stopped or stalled instance keeps its webhook targets. */
    @Singleton
    WebhookFeed webhookFeed(EventLog log, DeliveryCursors cursors,
            @Value("${stowage.webhooks.lease:30s}") Duration lease) {
        return new WebhookFeed(log, cursors, lease);
    }

    /** {@code stowage.events.retention}: how long events stay available for resuming subscribers. */
    @Singleton
    EventRetention eventRetention(EventLog log, Clock clock, @Value("${stowage.events.retention:7d}") Duration retention) {
        return new EventRetention(log, clock, retention);
    }

    @Singleton
    KeyListingService keyListingService(BucketCatalog buckets, ObjectCatalog objects) {
        return new KeyListingService(buckets, objects);
    }

    /**
     * {@code stowage.s3-project-id} (STOWAGE_S3_PROJECT_ID): the access key id of S3 session mode, whose secret is the anon key
     * printed at start (and whose security token is a user's JWT).
     */
    @Singleton
    S3KeyService s3KeyService(S3Credentials credentials, Clock clock,
            @Value("${stowage.s3-project-id:stowage}") String projectId, @Value("${stowage.jwt-secret}") String jwtSecret) {
        return new S3KeyService(credentials, clock, projectId, Optional.of(DevKeys.issue(jwtSecret).anon()));
    }

    @Singleton
    ResumableUploadService resumableUploads(ResumableUploadStore store, ObjectCatalog objects, Volumes volumes,
            BlobBookkeeping bookkeeping, UploadObject uploads, StorageLimits limits, Clock clock,
            @Value("${stowage.resumable.expiry:24h}") Duration expiry) {
        return new ResumableUploadService(store, objects, volumes, bookkeeping, uploads, limits, clock, expiry);
    }

    @Singleton
    VolumeAdminService volumeAdminService(VolumeRegistry registry, BucketCatalog buckets, Volumes volumes,
            DriverOpener opener, Clock clock) {
        return new VolumeAdminService(registry, buckets, volumes, opener, clock);
    }
}
