package io.stowage.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.env.Environment;
import io.stowage.application.port.out.BlobStoreDriver;
import io.stowage.application.port.out.DependencyCheck;
import io.stowage.application.port.out.VolumeDefinition;
import io.stowage.application.port.out.VolumeRegistry;
import io.stowage.application.service.Volumes;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Opens every configured volume with its driver, records them in the volumes table (from_config), then
 * opens the volumes created through the API; a volume that cannot be opened stops the start, named, and so
 * does a master key that cannot decrypt the stored secrets.
 */
@Factory
class VolumeFactory {

    @Singleton
    @Bean(preDestroy = "close")
    Volumes volumes(Environment env, List<BlobStoreDriver> drivers, MeterRegistry registry,
            VolumeRegistry table, DriverOpener opener, Clock clock) {
        Path dataDir = Path.of(env.getProperty("stowage.data-dir", String.class).orElse("./data"));
        VolumeConfiguration configuration = VolumeConfiguration.from(env, dataDir);
        List<Volumes.Volume> opened = new ArrayList<>();
        try {
            for (VolumeConfiguration.Entry entry : configuration.volumes()) {
                opened.add(open(entry, driverNamed(entry, drivers), registry));
            }
            Instant now = clock.instant();
            for (VolumeConfiguration.Entry entry : configuration.volumes()) {
                table.upsertFromConfig(configured(entry, now));
            }
            List<VolumeDefinition> fromApi = stored(table).stream().filter(volume -> !volume.fromConfig()).toList();
            for (VolumeDefinition volume : fromApi) {
                opened.add(openStored(volume, opener));
            }
            Volumes volumes = new Volumes(opened, configuration.defaultVolume());
            fromApi.forEach(volume -> volumes.setActive(volume.name(), volume.active()));
            return volumes;
        } catch (RuntimeException e) {
            opened.forEach(volume -> closeQuietly(volume, e));
            throw e;
        }
    }

    private static VolumeDefinition configured(VolumeConfiguration.Entry entry, Instant now) {
        Map<String, String> settings = new HashMap<>(entry.settings().values());
        settings.remove("driver");
        return new VolumeDefinition(entry.name(), entry.driver(), settings, "", VolumeDefinition.PATH_NONE, true, true,
                now, now);
    }

    private static List<VolumeDefinition> stored(VolumeRegistry table) {
        try {
            int resealed = table.resealUnderCurrentKey();
            if (resealed > 0) {
                System.getLogger(VolumeFactory.class.getName()).log(System.Logger.Level.INFO, "re-sealed the secrets of "
                        + resealed + " volume(s) under the current " + MasterKey.SETTING);
            }
            return table.list();
        } catch (VolumeRegistry.UnreadableSecret e) {
            throw new StartupFailure(MasterKey.SETTING + " cannot decrypt the stored volume secrets (" + e.getMessage()
                    + "): set it to the key they were sealed under");
        }
    }

    private static Volumes.Volume openStored(VolumeDefinition volume, DriverOpener opener) {
        try {
            return opener.open(volume);
        } catch (RuntimeException e) {
            throw new StartupFailure("volume '" + volume.name() + "' (" + volume.driver() + ", from the volumes table)"
                    + " cannot be opened: " + e.getMessage());
        }
    }

    private static BlobStoreDriver driverNamed(VolumeConfiguration.Entry entry, List<BlobStoreDriver> drivers) {
        return drivers.stream()
                .filter(driver -> driver.name().equals(entry.driver()))
                .findFirst()
                .orElseThrow(() -> new StartupFailure(entry.settings().prefix() + "driver must be one of "
                        + drivers.stream().map(BlobStoreDriver::name).sorted().collect(Collectors.joining(", "))
                        + ", not '" + entry.driver() + "'"));
    }

    private static Volumes.Volume open(VolumeConfiguration.Entry entry, BlobStoreDriver driver,
            MeterRegistry registry) {
        BlobStoreDriver.OpenedVolume volume;
        try {
            volume = driver.open(entry.name(), entry.settings());
        } catch (RuntimeException e) {
            throw new StartupFailure("volume '" + entry.name() + "' (" + driver.name() + ") cannot be opened: "
                    + e.getMessage());
        }
        DependencyCheck probe = volume.probe();
        DependencyCheck named = new DependencyCheck() {
            @Override
            public String name() {
                return "volume " + entry.name();
            }

            @Override
            public void check() throws Exception {
                probe.check();
            }
        };
        return new Volumes.Volume(entry.name(), driver.name(), new TimedBlobStore(volume.store(), entry.name(), registry),
                named, volume.resources());
    }

    private static void closeQuietly(Volumes.Volume volume, RuntimeException failure) {
        try {
            volume.resources().close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }
}
