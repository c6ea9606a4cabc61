package io.stowage.application.service;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.DependencyCheck;
import io.stowage.application.port.out.PartialWrites;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.error.VolumeInactive;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The configured volumes, one of them the default: picks a new bucket's volume and routes every blob
 * operation to the store of the location's volume, so the services see one blob store.
 */
public final class Volumes implements BlobStore, AutoCloseable {

    /** One configured volume: its driver's name, its store, its probe and what to close at the end. */
    public record Volume(VolumeName name, String driver, BlobStore store, DependencyCheck probe,
            AutoCloseable resources) {
    }

    /** Replaced whole on every change (volumes come and go through the admin API), read without locks. */
    private volatile Map<VolumeName, Volume> volumes;
    private final VolumeName defaultVolume;
    private final Set<VolumeName> inactive = ConcurrentHashMap.newKeySet();

    public Volumes(List<Volume> volumes, VolumeName defaultVolume) {
        Map<VolumeName, Volume> byName = new LinkedHashMap<>();
        for (Volume volume : volumes) {
            if (byName.put(volume.name(), volume) != null) {
                throw new IllegalArgumentException("volume " + volume.name() + " is configured twice");
            }
        }
        if (!byName.containsKey(defaultVolume)) {
            throw new IllegalArgumentException("the default volume " + defaultVolume + " is not configured");
        }
        this.volumes = byName;
        this.defaultVolume = defaultVolume;
    }

    /** One store as the default volume: the simple configuration, and the unit tests. */
    public static Volumes single(BlobStore store) {
        DependencyCheck none = new DependencyCheck() {
            @Override
            public String name() {
                return "volume " + VolumeName.DEFAULT;
            }

            @Override
            public void check() {
                // a bare store has no probe of its own
            }
        };
        return new Volumes(List.of(new Volume(VolumeName.DEFAULT, "store", store, none, () -> { })), VolumeName.DEFAULT);
    }

    /** Starts routing to {@code volume} at once; its name must be new here. */
    public synchronized void add(Volume volume) {
        if (volumes.containsKey(volume.name())) {
            throw new IllegalArgumentException("volume " + volume.name() + " is configured twice");
        }
        Map<VolumeName, Volume> next = new LinkedHashMap<>(volumes);
        next.put(volume.name(), volume);
        volumes = next;
    }

    /** Stops routing to {@code name} (never the default volume); the caller closes what it returns. */
    public synchronized Optional<Volume> remove(VolumeName name) {
        if (name.equals(defaultVolume) || !volumes.containsKey(name)) {
            return Optional.empty();
        }
        Map<VolumeName, Volume> next = new LinkedHashMap<>(volumes);
        Volume removed = next.remove(name);
        volumes = next;
        inactive.remove(name);
        return Optional.of(removed);
    }

    /** An inactive volume refuses new blobs ({@link VolumeInactive}); reads and deletes go on. */
    public void setActive(VolumeName name, boolean active) {
        if (active) {
            inactive.remove(name);
        } else {
            inactive.add(name);
        }
    }

    public boolean isActive(VolumeName name) {
        return !inactive.contains(name);
    }

    public VolumeName defaultVolume() {
        return defaultVolume;
    }

    public Set<VolumeName> names() {
        return volumes.keySet();
    }

    public List<Volume> all() {
        return List.copyOf(volumes.values());
    }

    /** The volume a new bucket gets: the one it asks for, which must exist, else the default. */
    public VolumeName resolve(Optional<VolumeName> requested) {
        if (requested.isEmpty()) {
            return defaultVolume;
        }
        if (!volumes.containsKey(requested.get())) {
            throw new InvalidRequest("Unknown volume '" + requested.get() + "'");
        }
        return requested.get();
    }

    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
        refuseInactive(location);
        return storeOf(location).put(location, content, maxBytes);
    }

    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes, PartialWrites partialWrites) {
        refuseInactive(location);
        return storeOf(location).put(location, content, maxBytes, partialWrites);
    }

    @Override
    public BlobContent open(BlobLocation location) {
        return storeOf(location).open(location);
    }

    @Override
    public void delete(BlobLocation location) {
        storeOf(location).delete(location);
    }

    @Override
    public boolean exists(BlobLocation location) {
        return storeOf(location).exists(location);
    }

    @Override
    public void discardPartial(BlobLocation location) {
        storeOf(location).discardPartial(location);
    }

    @Override
    public void discardPartial(BlobLocation location, Optional<String> partialWrite) {
        storeOf(location).discardPartial(location, partialWrite);
    }

    @Override
    public void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        Volume configured = volumes.get(volume);
        if (configured == null) {
            throw new StorageUnavailable("volume " + volume + " is not configured on this server", null);
        }
        configured.store().forEachBlob(volume, visitor);
    }

    /** Closes every volume's resources, all of them even when one fails. */
    @Override
    public void close() throws Exception {
        List<Exception> failures = new ArrayList<>();
        for (Volume volume : volumes.values()) {
            try {
                volume.resources().close();
            } catch (Exception e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            Exception first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    private void refuseInactive(BlobLocation location) {
        if (inactive.contains(location.volume())) {
            throw new VolumeInactive("Volume '" + location.volume() + "' is inactive: it takes no new uploads"
                    + " (reads go on)");
        }
    }

    /**
     * A bucket row naming a volume this instance lacks (configured on another instance, or removed from
     * the configuration since) makes its objects unreachable here, which is the server's problem.
     */
    private BlobStore storeOf(BlobLocation location) {
        Volume volume = volumes.get(location.volume());
        if (volume == null) {
            throw new StorageUnavailable("volume " + location.volume() + " is not configured on this server", null);
        }
        return volume.store();
    }
}
