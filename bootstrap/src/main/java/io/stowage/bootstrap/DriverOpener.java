package io.stowage.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.stowage.application.port.out.BlobStoreDriver;
import io.stowage.application.port.out.DependencyCheck;
import io.stowage.application.port.out.VolumeDefinition;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.application.service.VolumeAdminService;
import io.stowage.application.service.Volumes;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.VolumeUnreachable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Opens a volume of the volumes table with its driver, timed like the configured ones, and probes it (a
 * durable write and a delete): settings a driver cannot read are a 400, a store that fails is a 422
 * naming the step; neither message carries a setting's value.
 */
@Singleton
final class DriverOpener implements VolumeAdminService.Opener {

    private final List<BlobStoreDriver> drivers;
    private final MeterRegistry registry;

    DriverOpener(List<BlobStoreDriver> drivers, MeterRegistry registry) {
        this.drivers = drivers;
        this.registry = registry;
    }

    /** Opens without probing: the start-up check probes every volume. */
    Volumes.Volume open(VolumeDefinition volume) {
        BlobStoreDriver driver = drivers.stream().filter(candidate -> candidate.name().equals(volume.driver()))
                .findFirst()
                .orElseThrow(() -> new InvalidRequest("driver must be one of " + drivers.stream()
                        .map(BlobStoreDriver::name).sorted().collect(Collectors.joining(", ")) + ", not '"
                        + volume.driver() + "'"));
        BlobStoreDriver.OpenedVolume opened;
        try {
            opened = driver.open(volume.name(), volume.driverSettings());
        } catch (VolumeSettings.InvalidVolumeSettings e) {
            throw new InvalidRequest("volume '" + volume.name() + "': " + e.getMessage());
        } catch (RuntimeException e) {
            throw new VolumeUnreachable("volume '" + volume.name() + "' (" + driver.name() + ") cannot be opened: "
                    + reason(e));
        }
        DependencyCheck probe = opened.probe();
        DependencyCheck named = new DependencyCheck() {
            @Override
            public String name() {
                return "volume " + volume.name();
            }

            @Override
            public void check() throws Exception {
                probe.check();
            }
        };
        return new Volumes.Volume(volume.name(), driver.name(),
                new TimedBlobStore(opened.store(), volume.name(), registry), named, opened.resources());
    }

    @Override
    public Volumes.Volume openAndProbe(VolumeDefinition volume) {
        Volumes.Volume opened = open(volume);
        try {
            opened.probe().check();
            return opened;
        } catch (Exception e) {
            try {
                opened.resources().close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw new VolumeUnreachable("volume '" + volume.name() + "' (" + opened.driver() + ") failed its probe"
                    + " (a durable write and a delete): " + reason(e));
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
