package io.stowage.application.testing;

import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** A thread-safe in-memory {@link BlobBookkeeping}, shared with the in-memory object catalog's commits. */
public final class InMemoryBlobBookkeeping implements BlobBookkeeping {

    private final Map<VersionId, UploadIntent> intents = new LinkedHashMap<>();
    private final Map<VersionId, BlobLocation> queue = new LinkedHashMap<>();
    private final AtomicReference<RuntimeException> nextRecordFailure = new AtomicReference<>();
    private InMemoryObjectCatalog catalog;

    @Override
    public synchronized void recordIntent(UploadIntent intent) {
        RuntimeException failure = nextRecordFailure.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
        intents.put(intent.location().version(), intent);
    }

    @Override
    public synchronized void forgetIntent(VersionId version) {
        intents.remove(version);
    }

    @Override
    public synchronized List<UploadIntent> intentsStartedBefore(Instant cutoff, int limit) {
        return intents.values().stream().filter(intent -> intent.startedAt().isBefore(cutoff)).limit(limit).toList();
    }

    @Override
    public synchronized void queueDeletion(BlobLocation location, Instant queuedAt) {
        queue.put(location.version(), location);
    }

    @Override
    public synchronized List<BlobLocation> queuedDeletions(int limit) {
        return queue.values().stream().limit(limit).toList();
    }

    @Override
    public synchronized void deletionDone(VersionId version) {
        queue.remove(version);
    }

    @Override
    public synchronized Set<VersionId> tracked(Collection<VersionId> versions) {
        Set<VersionId> rows = catalog == null ? Set.of() : catalog.versions();
        Set<VersionId> tracked = new HashSet<>();
        for (VersionId version : versions) {
            if (rows.contains(version) || intents.containsKey(version) || queue.containsKey(version)) {
                tracked.add(version);
            }
        }
        return tracked;
    }

    /** Called by the object catalog built on this bookkeeping, whose rows count as tracking too. */
    synchronized void attach(InMemoryObjectCatalog objectCatalog) {
        this.catalog = objectCatalog;
    }

    /** Makes the next {@link #recordIntent} throw {@code failure}, like a database that is down. */
    public void failNextRecord(RuntimeException failure) {
        nextRecordFailure.set(failure);
    }

    public synchronized List<UploadIntent> intents() {
        return new ArrayList<>(intents.values());
    }

    public synchronized List<BlobLocation> queued() {
        return new ArrayList<>(queue.values());
    }
}
