package io.stowage.application.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.ManageVolumes;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.VolumeDefinition;
import io.stowage.application.port.out.VolumeRegistry;
import io.stowage.application.testing.InMemoryBlobStore;
import io.stowage.application.testing.InMemoryBucketCatalog;
import io.stowage.application.testing.InMemoryObjectCatalog;
import io.stowage.application.testing.SettableClock;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.VolumeConflict;
import io.stowage.domain.error.VolumeInactive;
import io.stowage.domain.error.VolumeNotFound;
import io.stowage.domain.error.VolumeUnreachable;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.value.VersionId;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/** Volumes through the admin service: probed before saved, routed at once, protected, refreshed from the table. */
class VolumeAdminServiceTest {

    private static final Principal SERVICE = Principal.serviceRole(Optional.empty());
    private static final VolumeName EXTRA = new VolumeName("extra");

    /** The table, in memory. */
    private static final class Registry implements VolumeRegistry {
        final Map<VolumeName, VolumeDefinition> rows = new LinkedHashMap<>();

        @Override
        public List<VolumeDefinition> list() {
            return List.copyOf(rows.values());
        }

        @Override
        public Optional<VolumeDefinition> find(VolumeName name) {
            return Optional.ofNullable(rows.get(name));
        }

        @Override
        public boolean insert(VolumeDefinition volume) {
            return rows.putIfAbsent(volume.name(), volume) == null;
        }

        @Override
        public boolean update(VolumeDefinition volume) {
            return rows.replace(volume.name(), volume) != null;
        }

        @Override
        public void upsertFromConfig(VolumeDefinition volume) {
            rows.put(volume.name(), volume);
        }

        @Override
        public boolean delete(VolumeName name) {
            return rows.remove(name) != null;
        }

        @Override
        public int resealUnderCurrentKey() {
            return 0;
        }
    }

    private final Registry registry = new Registry();
    private final InMemoryBucketCatalog buckets = new InMemoryBucketCatalog(new InMemoryObjectCatalog());
    private final Volumes volumes = new Volumes(List.of(ServiceHarness.volume(VolumeName.DEFAULT,
            new InMemoryBlobStore())), VolumeName.DEFAULT);
    private final List<VolumeDefinition> opened = new ArrayList<>();
    private final SettableClock clock = new SettableClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final VolumeAdminService service = new VolumeAdminService(registry, buckets, volumes, volume -> {
        opened.add(volume);
        if (volume.settings().containsKey("broken")) {
            throw new VolumeUnreachable("volume '" + volume.name() + "' failed its probe");
        }
        return ServiceHarness.volume(volume.name(), new InMemoryBlobStore());
    }, clock);

    private static ManageVolumes.Request request(Map<String, String> settings, Optional<Boolean> active) {
        return new ManageVolumes.Request("extra", "fs", settings, Optional.empty(), Optional.empty(), active);
    }

    private static BlobLocation onExtra() {
        return new BlobLocation(EXTRA, new BucketName("bk"), VersionId.random());
    }

    @Test
    void aCreatedVolumeIsSavedAndRoutedAtOnce() {
        VolumeDefinition created = service.create(SERVICE, request(Map.of("root", "/x"), Optional.empty()));
        assertTrue(created.active());
        assertFalse(created.fromConfig());
        assertEquals(created, registry.rows.get(EXTRA));
        BlobLocation location = onExtra();
        volumes.put(location, new ByteArrayInputStream(new byte[] {1, 2}), 10);
        assertTrue(volumes.exists(location));
        assertThrows(VolumeConflict.class, () -> service.create(SERVICE, request(Map.of("root", "/y"), Optional.empty())));
    }

    @Test
    void aVolumeThatFailsItsProbeIsNotSavedNorRouted() {
        assertThrows(VolumeUnreachable.class,
                () -> service.create(SERVICE, request(Map.of("broken", "yes"), Optional.empty())));
        assertTrue(registry.rows.isEmpty());
        assertFalse(volumes.names().contains(EXTRA));
    }

    @Test
    void anInactiveVolumeRefusesNewBlobsButServesTheOldOnes() throws Exception {
        service.create(SERVICE, request(Map.of("root", "/x"), Optional.empty()));
        BlobLocation old = onExtra();
        volumes.put(old, new ByteArrayInputStream(new byte[] {7}), 10);
        service.update(SERVICE, "extra", request(Map.of(), Optional.of(false)));
        assertThrows(VolumeInactive.class, () -> volumes.put(onExtra(), new ByteArrayInputStream(new byte[] {1}), 10));
        try (var in = volumes.open(old).stream(0, 1)) {
            assertArrayEquals(new byte[] {7}, in.readAllBytes());
        }
        service.update(SERVICE, "extra", request(Map.of(), Optional.of(true)));
        volumes.put(onExtra(), new ByteArrayInputStream(new byte[] {1}), 10);
    }

    @Test
    void aMaskedSecretKeepsItsStoredValue() {
        service.create(SERVICE, request(Map.of("root", "/x", "password", "p1"), Optional.empty()));
        VolumeDefinition updated = service.update(SERVICE, "extra",
                request(Map.of("root", "/z", "password", "***"), Optional.empty()));
        assertEquals(Map.of("root", "/z", "password", "p1"), updated.settings());
        assertEquals("p1", opened.get(opened.size() - 1).settings().get("password"), "the reopened store got the secret");
        assertFalse(updated.toString().contains("p1"));
    }

    @Test
    void aUsedVolumeAndAConfiguredOneAreNotDeletable() {
        service.create(SERVICE, request(Map.of("root", "/x"), Optional.empty()));
        buckets.create(Bucket.create(new BucketName("bk"), Optional.empty(), BucketSettings.DEFAULT, EXTRA, clock.instant()));
        assertThrows(VolumeConflict.class, () -> service.delete(SERVICE, "extra"));
        assertTrue(volumes.names().contains(EXTRA));

        registry.upsertFromConfig(new VolumeDefinition(VolumeName.DEFAULT, "fs", Map.of(), "", "none", true, true,
                clock.instant(), clock.instant()));
        assertThrows(VolumeConflict.class, () -> service.delete(SERVICE, "default"));
        assertThrows(VolumeConflict.class, () -> service.update(SERVICE, "default", request(Map.of(), Optional.of(false))));
        assertThrows(VolumeNotFound.class, () -> service.get(SERVICE, "nothing"));
    }

    @Test
    void onlyTheServiceRoleManagesVolumes() {
        Principal user = Principal.authenticated(new UserId("u"));
        assertThrows(AccessDenied.class, () -> service.list(user));
        assertThrows(AccessDenied.class, () -> service.create(user, request(Map.of(), Optional.empty())));
        assertThrows(AccessDenied.class, () -> service.delete(user, "extra"));
        assertTrue(opened.isEmpty());
    }

    @Test
    void aRefreshRoutesVolumesAnotherInstanceCreatedChangedOrDeleted() {
        registry.insert(new VolumeDefinition(EXTRA, "fs", Map.of("root", "/x"), "", "none", false, false,
                clock.instant(), clock.instant()));
        assertEquals(List.of(), List.copyOf(service.refresh()));
        assertTrue(volumes.names().contains(EXTRA));
        assertFalse(volumes.isActive(EXTRA));

        registry.update(registry.rows.get(EXTRA).withState(Map.of("broken", "now"), "", true, clock.instant()));
        assertEquals(List.of(EXTRA), List.copyOf(service.refresh()));

        registry.delete(EXTRA);
        service.refresh();
        assertFalse(volumes.names().contains(EXTRA));
    }
}
