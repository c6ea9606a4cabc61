package io.stowage.application.testing;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ObjectInBucket;
import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A thread-safe in-memory {@link ObjectCatalog} for application tests, with switches that make the next
 * commit or remove fail without changing anything.
 */
public final class InMemoryObjectCatalog implements ObjectCatalog {

    private final Map<BucketName, TreeMap<ObjectKey, StoredObject>> rows = new HashMap<>();
    private final InMemoryBlobBookkeeping bookkeeping;
    private InMemoryBucketCatalog buckets;
    private final AtomicReference<RuntimeException> nextCommitFailure = new AtomicReference<>();
    private final AtomicReference<RuntimeException> nextRemoveFailure = new AtomicReference<>();
    private final AtomicReference<RuntimeException> nextCommitLostAck = new AtomicReference<>();
    private final AtomicReference<Runnable> beforeNextCommit = new AtomicReference<>();
    private final AtomicReference<Runnable> beforeNextRemove = new AtomicReference<>();

    public InMemoryObjectCatalog() {
        this(new InMemoryBlobBookkeeping());
    }

    /** A catalog whose commits drop intents and queue deletions in {@code bookkeeping}, as in one transaction. */
    public InMemoryObjectCatalog(InMemoryBlobBookkeeping bookkeeping) {
        this.bookkeeping = bookkeeping;
        bookkeeping.attach(this);
    }

    public InMemoryBlobBookkeeping bookkeeping() {
        return bookkeeping;
    }

    @Override
    public synchronized Optional<StoredObject> find(BucketName bucket, ObjectKey key) {
        return Optional.ofNullable(bucketRows(bucket).get(key));
    }

    /** Needs the bucket catalog that was built on this one ({@link InMemoryBucketCatalog} attaches itself). */
    @Override
    public synchronized Optional<ObjectInBucket> findWithBucket(BucketName bucket, ObjectKey key) {
        if (buckets == null) {
            throw new IllegalStateException("no bucket catalog is attached to this object catalog");
        }
        return buckets.find(bucket).map(found -> new ObjectInBucket(found, find(bucket, key)));
    }

    @Override
    public synchronized List<StoredObject> objectsOnVolume(VolumeName volume, Optional<VersionId> after, int limit) {
        return rows.values().stream().flatMap(bucket -> bucket.values().stream())
                .filter(object -> volumeOf(object).equals(volume))
                .filter(object -> after.map(last -> object.version().value().compareTo(last.value()) > 0).orElse(true))
                .sorted(Comparator.comparing(object -> object.version().value()))
                .limit(limit)
                .toList();
    }

    /** The version of every row, for the bookkeeping's idea of what is tracked. */
    synchronized Set<VersionId> versions() {
        Set<VersionId> versions = new HashSet<>();
        rows.values().forEach(bucket -> bucket.values().forEach(object -> versions.add(object.version())));
        return versions;
    }

    private VolumeName volumeOf(StoredObject object) {
        return buckets == null ? VolumeName.DEFAULT
                : buckets.find(object.bucket()).map(Bucket::volume).orElse(VolumeName.DEFAULT);
    }

    /** Queues a blob no row points to any more, on its bucket's volume (the default one without buckets). */
    private void queueBlobOf(StoredObject object) {
        bookkeeping.queueDeletion(new BlobLocation(volumeOf(object), object.blobBucket(), object.version()),
                Instant.EPOCH);
    }

    /** Called by the bucket catalog built on this one, so that joined reads see its buckets. */
    synchronized void attach(InMemoryBucketCatalog bucketCatalog) {
        this.buckets = bucketCatalog;
    }

    @Override
    public synchronized Optional<StoredObject> commit(StoredObject object, WriteCondition condition) {
        runIfArmed(beforeNextCommit);
        throwIfArmed(nextCommitFailure);
        TreeMap<ObjectKey, StoredObject> bucket = bucketRows(object.bucket());
        Optional<StoredObject> current = Optional.ofNullable(bucket.get(object.key()));
        if (!current.map(StoredObject::version).equals(condition.expectedVersion())) {
            throw new WriteConflict("the path " + object.bucket() + "/" + object.key() + " holds "
                    + current.map(o -> "version " + o.version()).orElse("nothing") + ", not what was expected");
        }
        bucket.put(object.key(), current.map(replaced -> keepingIdentity(object, replaced)).orElse(object));
        bookkeeping.forgetIntent(object.version());
        current.ifPresent(this::queueBlobOf);
        throwIfArmed(nextCommitLostAck);
        return current;
    }

    @Override
    public synchronized boolean remove(StoredObject expected) {
        runIfArmed(beforeNextRemove);
        throwIfArmed(nextRemoveFailure);
        TreeMap<ObjectKey, StoredObject> bucket = bucketRows(expected.bucket());
        StoredObject current = bucket.get(expected.key());
        if (current == null || !current.version().equals(expected.version())) {
            return false;
        }
        bucket.remove(expected.key());
        queueBlobOf(current);
        return true;
    }

    @Override
    public synchronized void move(StoredObject source, StoredObject destination) {
        runIfArmed(beforeNextCommit);
        throwIfArmed(nextCommitFailure);
        TreeMap<ObjectKey, StoredObject> from = bucketRows(source.bucket());
        TreeMap<ObjectKey, StoredObject> to = bucketRows(destination.bucket());
        StoredObject current = from.get(source.key());
        if (current == null || !current.version().equals(source.version())) {
            throw new WriteConflict("the path " + source.bucket() + "/" + source.key() + " no longer holds version "
                    + source.version());
        }
        if (to.containsKey(destination.key())) {
            throw new WriteConflict("the path " + destination.bucket() + "/" + destination.key() + " is taken");
        }
        from.remove(source.key());
        to.put(destination.key(), destination);
        if (!destination.version().equals(source.version())) {
            bookkeeping.forgetIntent(destination.version());
            queueBlobOf(current);
        }
    }

    @Override
    public synchronized List<StoredObject> removeBatch(BucketName bucket, int limit) {
        List<StoredObject> removed = new ArrayList<>();
        Iterator<StoredObject> it = bucketRows(bucket).values().iterator();
        while (it.hasNext() && removed.size() < limit) {
            StoredObject object = it.next();
            removed.add(object);
            it.remove();
            queueBlobOf(object);
        }
        return removed;
    }

    @Override
    public synchronized List<ObjectListEntry> list(BucketName bucket, ObjectListQuery query) {
        return new FolderListing(query).list(bucketRows(bucket).values());
    }

    @Override
    public synchronized List<StoredObject> listKeys(BucketName bucket, io.stowage.application.port.out.ObjectKeyQuery query) {
        // code point order, as the catalog's C collation sorts
        return bucketRows(bucket).values().stream()
                .filter(object -> object.key().value().startsWith(query.prefix()))
                .filter(object -> {
                    int order = compareCodePoints(object.key().value(), query.from());
                    return query.inclusive() ? order >= 0 : order > 0;
                })
                .filter(object -> inScope(query.scope(), object))
                .sorted((a, b) -> compareCodePoints(a.key().value(), b.key().value()))
                .limit(query.limit())
                .toList();
    }

    private static boolean inScope(io.stowage.domain.access.ObjectScope scope, StoredObject object) {
        return switch (scope.kind()) {
            case ALL -> true;
            case OWNED -> scope.owner().isPresent() && object.owner().equals(scope.owner());
            case NONE -> false;
        };
    }

    private static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** Makes the next {@link #commit} or {@link #move} throw {@code failure} and keep the catalog unchanged. */
    public void failNextCommit(RuntimeException failure) {
        nextCommitFailure.set(failure);
    }

    /**
     * Makes the next {@link #commit} take effect and then throw {@code failure}, like a database whose
     * COMMIT succeeded but whose acknowledgement was lost with the connection.
     */
    public void failNextCommitAfterApplying(RuntimeException failure) {
        nextCommitLostAck.set(failure);
    }

    /** Makes the next {@link #remove} throw {@code failure} and keep the row. */
    public void failNextRemove(RuntimeException failure) {
        nextRemoveFailure.set(failure);
    }

    /**
     * Runs {@code interference} (say, a concurrent writer's commit) just before the next commit or move
     * checks its condition.
     */
    public void beforeNextCommit(Runnable interference) {
        beforeNextCommit.set(interference);
    }

    /** Runs {@code interference} just before the next remove compares versions. */
    public void beforeNextRemove(Runnable interference) {
        beforeNextRemove.set(interference);
    }

    public synchronized int objectCount() {
        return rows.values().stream().mapToInt(Map::size).sum();
    }

    public synchronized int objectCount(BucketName bucket) {
        return bucketRows(bucket).size();
    }

    public synchronized boolean hasObjects(BucketName bucket) {
        return !bucketRows(bucket).isEmpty();
    }

    /** Every current row, in key order per bucket, for assertions. */
    public synchronized List<StoredObject> all() {
        return rows.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    private TreeMap<ObjectKey, StoredObject> bucketRows(BucketName bucket) {
        return rows.computeIfAbsent(bucket, b -> new TreeMap<>());
    }

    /** A replacing version keeps the row's id and created time, as the port promises. */
    private static StoredObject keepingIdentity(StoredObject next, StoredObject replaced) {
        return new StoredObject(replaced.id(), next.bucket(), next.key(), next.version(), next.size(),
                next.contentType(), next.checksum(), next.owner(), next.cacheControl(), next.userMetadata(),
                replaced.createdAt(), next.updatedAt(), next.blobBucket(), next.contentEncoding());
    }

    private static void runIfArmed(AtomicReference<Runnable> hook) {
        Runnable interference = hook.getAndSet(null);
        if (interference != null) {
            interference.run();
        }
    }

    private static void throwIfArmed(AtomicReference<RuntimeException> switchRef) {
        RuntimeException failure = switchRef.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
    }
}
