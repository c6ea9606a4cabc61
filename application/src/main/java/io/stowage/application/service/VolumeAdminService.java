package io.stowage.application.service;

import io.stowage.application.port.in.ManageVolumes;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.VolumeDefinition;
import io.stowage.application.port.out.VolumeRegistry;
import io.stowage.application.port.out.VolumeSecrets;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.VolumeConflict;
import io.stowage.domain.error.VolumeNotFound;
import io.stowage.domain.error.VolumeUnreachable;
import io.stowage.domain.identity.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Volumes through the admin API: a new one is opened and probed (a durable write and a delete) before it
 * is saved, then routed to at once; configuration-file volumes and volumes buckets use are protected.
 */
public final class VolumeAdminService implements ManageVolumes {

    /** Opens a volume with its driver and probes it; throws {@link VolumeUnreachable} naming what failed. */
    public interface Opener {
        Volumes.Volume openAndProbe(VolumeDefinition volume);
    }

    private final VolumeRegistry registry;
    private final BucketCatalog buckets;
    private final Volumes volumes;
    private final Opener opener;
    private final Clock clock;
    /** The API volumes as the last {@link #refresh()} saw them in the table. */
    private final Map<VolumeName, VolumeDefinition> seen = new HashMap<>();

    public VolumeAdminService(VolumeRegistry registry, BucketCatalog buckets, Volumes volumes, Opener opener,
            Clock clock) {
        this.registry = registry;
        this.buckets = buckets;
        this.volumes = volumes;
        this.opener = opener;
        this.clock = clock;
    }

    @Override
    public List<VolumeDefinition> list(Principal caller) {
        requireServiceRole(caller);
        return registry.list();
    }

    @Override
    public VolumeDefinition get(Principal caller, String name) {
        requireServiceRole(caller);
        return existing(name);
    }

    @Override
    public synchronized VolumeDefinition create(Principal caller, Request request) {
        requireServiceRole(caller);
        if (request.name() == null) {
            throw new InvalidRequest("A volume needs a name");
        }
        VolumeName name = new VolumeName(request.name());
        if (registry.find(name).isPresent() || volumes.names().contains(name)) {
            throw new VolumeConflict("Volume '" + name + "' already exists");
        }
        Instant now = clock.instant();
        VolumeDefinition volume = new VolumeDefinition(name, request.driver(), request.settings(),
                request.defaultPrefix().orElse(""), request.pathStrategy().orElse(null),
                request.active().orElse(true), false, now, now);
        Volumes.Volume opened = opener.openAndProbe(volume);
        if (!registry.insert(volume)) {
            closeQuietly(opened);
            throw new VolumeConflict("Volume '" + name + "' already exists");
        }
        volumes.add(opened);
        volumes.setActive(name, volume.active());
        return volume;
    }

    @Override
    public synchronized VolumeDefinition update(Principal caller, String name, Request request) {
        requireServiceRole(caller);
        VolumeDefinition stored = existing(name);
        refuseConfigured(stored, "changed");
        if (request.driver() != null && !request.driver().equals(stored.driver())) {
            throw new InvalidRequest("A volume's driver cannot change (it is " + stored.driver() + ")");
        }
        if (request.pathStrategy().isPresent() && !request.pathStrategy().get().equals(stored.pathStrategy())) {
            throw new InvalidRequest("A volume's path_strategy cannot change (it is " + stored.pathStrategy() + ")");
        }
        Map<String, String> settings = request.settings().isEmpty() ? stored.settings()
                : keepSecrets(stored.settings(), request.settings());
        VolumeDefinition next = stored.withState(settings, request.defaultPrefix().orElse(stored.defaultPrefix()),
                request.active().orElse(stored.active()), clock.instant());
        if (!settings.equals(stored.settings())) {
            Volumes.Volume reopened = opener.openAndProbe(next);
            save(next);
            volumes.remove(next.name()).ifPresent(VolumeAdminService::closeQuietly);
            volumes.add(reopened);
        } else {
            save(next);
        }
        volumes.setActive(next.name(), next.active());
        return next;
    }

    @Override
    public synchronized void delete(Principal caller, String name) {
        requireServiceRole(caller);
        VolumeDefinition stored = existing(name);
        refuseConfigured(stored, "deleted");
        if (buckets.volumesInUse().contains(stored.name())) {
            throw new VolumeConflict("Volume '" + name + "' is used by buckets: delete or empty them first");
        }
        registry.delete(stored.name());
        volumes.remove(stored.name()).ifPresent(VolumeAdminService::closeQuietly);
    }

    /**
     * Brings this instance's router in line with the table, for volumes created, changed or deleted through
     * another instance: opens new ones, reopens those whose settings changed, closes deleted ones, and
     * follows the active flag. A volume that cannot be opened is left out and retried at the next refresh.
     *
     * @return the names of the volumes that could not be opened
     */
    public synchronized Set<VolumeName> refresh() {
        Set<VolumeName> failed = new HashSet<>();
        Map<VolumeName, VolumeDefinition> current = new HashMap<>();
        for (VolumeDefinition volume : registry.list()) {
            if (volume.fromConfig()) {
                continue;
            }
            current.put(volume.name(), volume);
            VolumeDefinition before = seen.get(volume.name());
            boolean routed = volumes.names().contains(volume.name());
            try {
                if (!routed) {
                    volumes.add(opener.openAndProbe(volume));
                } else if (before != null && !before.settings().equals(volume.settings())) {
                    Volumes.Volume reopened = opener.openAndProbe(volume);
                    volumes.remove(volume.name()).ifPresent(VolumeAdminService::closeQuietly);
                    volumes.add(reopened);
                }
                volumes.setActive(volume.name(), volume.active());
            } catch (RuntimeException e) {
                failed.add(volume.name());
                // remember what is still routed (if anything), so the change is retried next time
                if (before == null) {
                    current.remove(volume.name());
                } else {
                    current.put(volume.name(), before);
                }
            }
        }
        for (VolumeName gone : seen.keySet()) {
            if (!current.containsKey(gone)) {
                volumes.remove(gone).ifPresent(VolumeAdminService::closeQuietly);
            }
        }
        seen.clear();
        seen.putAll(current);
        return failed;
    }

    private void save(VolumeDefinition volume) {
        if (!registry.update(volume)) {
            throw new VolumeNotFound("Volume '" + volume.name() + "' not found");
        }
    }

    /** A secret sent back as "***" (as GET shows it) or left out keeps its stored value. */
    private static Map<String, String> keepSecrets(Map<String, String> stored, Map<String, String> given) {
        Map<String, String> merged = new HashMap<>(given);
        stored.forEach((key, value) -> {
            if (VolumeSecrets.isSecret(key)
                    && (!merged.containsKey(key) || VolumeSecrets.MASK.equals(merged.get(key)))) {
                merged.put(key, value);
            }
        });
        return merged;
    }

    private VolumeDefinition existing(String name) {
        Optional<VolumeDefinition> found;
        try {
            found = registry.find(new VolumeName(name));
        } catch (InvalidRequest badName) {
            found = Optional.empty();
        }
        return found.orElseThrow(() -> new VolumeNotFound("Volume '" + name + "' not found"));
    }

    private static void refuseConfigured(VolumeDefinition volume, String what) {
        if (volume.fromConfig()) {
            throw new VolumeConflict("Volume '" + volume.name() + "' comes from the configuration file and cannot be "
                    + what + " through the API; change the configuration instead");
        }
    }

    private static void requireServiceRole(Principal caller) {
        if (!caller.isServiceRole()) {
            throw new AccessDenied("only the service role manages volumes");
        }
    }

    private static void closeQuietly(Volumes.Volume volume) {
        try {
            volume.resources().close();
        } catch (Exception ignored) {
            // the volume is out of service either way; its store has nothing left to flush
        }
    }
}
