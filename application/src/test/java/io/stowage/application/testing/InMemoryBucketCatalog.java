package io.stowage.application.testing;

import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.BucketQuery;
import io.stowage.domain.access.BucketScope;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.BucketAlreadyExists;
import io.stowage.domain.error.BucketNotEmpty;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A thread-safe in-memory {@link BucketCatalog} for application tests; it refuses to delete a bucket
 * that still holds objects in the object catalog it is given.
 */
public final class InMemoryBucketCatalog implements BucketCatalog {

    private final Map<BucketName, Bucket> buckets = new LinkedHashMap<>();
    private final InMemoryObjectCatalog objects;

    public InMemoryBucketCatalog(InMemoryObjectCatalog objects) {
        this.objects = objects;
        objects.attach(this);
    }

    @Override
    public synchronized void create(Bucket bucket) {
        if (buckets.putIfAbsent(bucket.name(), bucket) != null) {
            throw new BucketAlreadyExists(bucket.name().value());
        }
    }

    @Override
    public synchronized Optional<Bucket> find(BucketName name) {
        return Optional.ofNullable(buckets.get(name));
    }

    @Override
    public synchronized List<Bucket> list(BucketQuery query) {
        return buckets.values().stream()
                .filter(bucket -> visible(query.scope(), bucket))
                .filter(bucket -> query.search().map(s -> bucket.name().value().startsWith(s)).orElse(true))
                .sorted(order(query))
                .skip(query.offset())
                .limit(query.limit())
                .toList();
    }

    @Override
    public synchronized boolean update(Bucket bucket) {
        return buckets.replace(bucket.name(), bucket) != null;
    }

    @Override
    public synchronized boolean delete(BucketName name) {
        if (!buckets.containsKey(name)) {
            return false;
        }
        if (objects.hasObjects(name)) {
            throw new BucketNotEmpty(name.value());
        }
        buckets.remove(name);
        return true;
    }

    @Override
    public synchronized Set<VolumeName> volumesInUse() {
        Set<VolumeName> volumes = new TreeSet<>(Comparator.comparing(VolumeName::value));
        buckets.values().forEach(bucket -> volumes.add(bucket.volume()));
        return volumes;
    }

    public synchronized int bucketCount() {
        return buckets.size();
    }

    private static boolean visible(BucketScope scope, Bucket bucket) {
        return scope.all()
                || bucket.policy() == AccessPolicy.PUBLIC
                || (scope.authenticated() && bucket.policy() == AccessPolicy.AUTHENTICATED)
                || (scope.user().isPresent() && bucket.owner().equals(scope.user()));
    }

    private static Comparator<Bucket> order(BucketQuery query) {
        Comparator<Bucket> byName = Comparator.comparing(b -> b.name().value());
        Comparator<Bucket> primary = switch (query.sortColumn()) {
            case ID, NAME -> byName;
            case CREATED_AT -> Comparator.comparing(Bucket::createdAt);
            case UPDATED_AT -> Comparator.comparing(Bucket::updatedAt);
        };
        Comparator<Bucket> order = primary.thenComparing(byName);
        return query.descending() ? order.reversed() : order;
    }
}
