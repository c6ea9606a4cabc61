package io.stowage.application.service;

import io.stowage.application.port.in.CreateBucket;
import io.stowage.application.port.in.DeleteBucket;
import io.stowage.application.port.in.EmptyBucket;
import io.stowage.application.port.in.GetBucket;
import io.stowage.application.port.in.ListBuckets;
import io.stowage.application.port.in.UpdateBucket;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.BucketQuery;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import java.time.Clock;
import java.util.List;

/** The bucket use cases: creation by any signed-in user, management by the owner only. */
public final class BucketService implements CreateBucket, GetBucket, ListBuckets, UpdateBucket, EmptyBucket, DeleteBucket {

    public static final int MAX_LIST_LIMIT = 1000;

    private final BucketCatalog buckets;
    private final BucketAccess access;
    private final ObjectRemoval removal;
    private final Volumes volumes;
    private final Clock clock;

    public BucketService(BucketCatalog buckets, ObjectRemoval removal, Volumes volumes, Clock clock) {
        this.buckets = buckets;
        this.volumes = volumes;
        this.access = new BucketAccess(buckets);
        this.removal = removal;
        this.clock = clock;
    }

    @Override
    public Bucket createBucket(CreateBucket.Command command) {
        if (!AccessRules.canCreateBucket(command.caller())) {
            throw new AccessDenied("Sign in to create a bucket");
        }
        Bucket bucket = Bucket.create(command.name(), command.caller().user(), command.settings(),
                volumes.resolve(command.volume()), clock.instant());
        buckets.create(bucket);
        return bucket;
    }

    @Override
    public Bucket getBucket(Principal caller, BucketName name) {
        return access.visible(caller, name);
    }

    @Override
    public List<Bucket> listBuckets(ListBuckets.Command command) {
        if (command.limit() < 1 || command.limit() > MAX_LIST_LIMIT) {
            throw new InvalidRequest("limit must be between 1 and " + MAX_LIST_LIMIT);
        }
        if (command.offset() < 0) {
            throw new InvalidRequest("offset must not be negative");
        }
        return buckets.list(new BucketQuery(AccessRules.bucketScope(command.caller()), command.search(),
                command.sortColumn(), command.descending(), command.limit(), command.offset()));
    }

    @Override
    public Bucket updateBucket(UpdateBucket.Command command) {
        Bucket current = access.managed(command.caller(), command.name());
        if (command.volume().isPresent() && !command.volume().get().equals(current.volume())) {
            throw new InvalidRequest("A bucket's volume cannot change; move its objects to a bucket on volume '"
                    + command.volume().get() + "' instead");
        }
        BucketSettings old = current.settings();
        BucketSettings settings = new BucketSettings(
                command.policy().orElse(old.policy()),
                command.fileSizeLimit().orElse(old.fileSizeLimit()),
                command.allowedMimeTypes().orElse(old.allowedMimeTypes()));
        Bucket updated = current.withSettings(settings, clock.instant());
        if (!buckets.update(updated)) {
            throw new BucketNotFound(command.name().value());
        }
        return updated;
    }

    @Override
    public long emptyBucket(Principal caller, BucketName name) {
        return removal.removeAll(access.managed(caller, name));
    }

    @Override
    public void deleteBucket(Principal caller, BucketName name) {
        access.managed(caller, name);
        if (!buckets.delete(name)) {
            throw new BucketNotFound(name.value());
        }
    }
}
