package io.stowage.application.testing;

import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.domain.value.VersionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A thread-safe in-memory {@link BlobBookkeeping}, shared with the in-memory object catalog's commits. It
 * models the instances sharing a database: intents are recorded as held by the instance it currently acts
 * as (none unless {@link #actAs} was called), and {@link #heartbeat} renews an instance at the clock's time.
 */
public final class InMemoryBlobBookkeeping implements BlobBookkeeping {

    private final Map<VersionId, UploadIntent> intents = new LinkedHashMap<>();
    private final Map<VersionId, String> holders = new LinkedHashMap<>();
    private final Map<String, Instant> heartbeats = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private String actingAs;
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
        if (actingAs != null) {
            holders.put(intent.location().version(), actingAs);
        }
    }

    @Override
    public synchronized void recordPartialWrite(VersionId version, String partialWriteId) {
        intents.computeIfPresent(version, (v, i) -> new UploadIntent(i.location(), i.bucket(), i.key(), i.startedAt(),
                Optional.of(partialWriteId)));
    }

    @Override
    public synchronized List<UploadIntent> deadIntents(Instant graceCutoff, Duration leaseTimeout, int limit) {
        Instant lapsed = clock.instant().minus(leaseTimeout);
        return intents.values().stream().filter(intent -> {
            String holder = holders.get(intent.location().version());
            if (holder == null) {
                return intent.startedAt().isBefore(graceCutoff);
            }
            Instant beat = heartbeats.get(holder);
            return beat == null || beat.isBefore(lapsed);
        }).sorted(java.util.Comparator.comparing(UploadIntent::startedAt)).limit(limit).toList();
    }

    /** Released intents are held by this name, which never heartbeats: dead at once, as in PostgreSQL. */
    private static final String RELEASED = "(released)";

    @Override
    public synchronized void releaseIntents(Set<VersionId> inFlight, Instant startedBefore) {
        if (actingAs == null) {
            return;
        }
        intents.values().stream()
                .filter(intent -> actingAs.equals(holders.get(intent.location().version())))
                .filter(intent -> !inFlight.contains(intent.location().version()))
                .filter(intent -> intent.startedAt().isBefore(startedBefore))
                .forEach(intent -> holders.put(intent.location().version(), RELEASED));
    }

    @Override
    public synchronized void forgetIntent(VersionId version) {
        intents.remove(version);
        holders.remove(version);
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

    /** The clock the heartbeats are taken and judged by, like the database's own. */
    public synchronized void useClock(Clock source) {
        this.clock = source;
    }

    /** Records later intents as held by {@code instance} (and registers it with a heartbeat now). */
    public synchronized void actAs(String instance) {
        this.actingAs = instance;
        heartbeat(instance);
    }

    /** Renews {@code instance}'s heartbeat at the clock's current time. */
    public synchronized void heartbeat(String instance) {
        heartbeats.put(instance, clock.instant());
    }

    /** The instance holding the intent of {@code version}, if any. */
    public synchronized Optional<String> holderOf(VersionId version) {
        return Optional.ofNullable(holders.get(version));
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
