package io.stowage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.ApplicationContext;
import io.stowage.domain.bucket.VolumeName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Reading the volumes from the configuration: the simple form, the named form, and what each refuses. */
class VolumeConfigurationTest {

    private static final Path DATA = Path.of("/srv/stowage");

    private static <T> T with(Map<String, Object> properties, Function<VolumeConfiguration, T> inspect) {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                .properties(properties).build()) {
            return inspect.apply(VolumeConfiguration.from(context.getEnvironment().start(), DATA));
        }
    }

    private static String refusal(Map<String, Object> properties) {
        return assertThrows(StartupFailure.class, () -> with(properties, c -> c)).getMessage();
    }

    @Test
    void withoutSettingsOneDefaultVolumeKeepsBlobsUnderTheDataDir() {
        with(Map.of(), configuration -> {
            assertEquals(VolumeName.DEFAULT, configuration.defaultVolume());
            VolumeConfiguration.Entry only = configuration.volumes().get(0);
            assertEquals(1, configuration.volumes().size());
            assertEquals("fs", only.driver());
            assertEquals("/srv/stowage/blobs", only.settings().required("root"));
            return null;
        });
    }

    @Test
    void theSimpleS3FormReadsTheS3SettingsAndNamesThemAsConfigured() {
        with(Map.of("stowage.backend", "s3", "stowage.s3.endpoint", "http://127.0.0.1:9000",
                "stowage.s3.bucket", "blobs"), configuration -> {
            VolumeConfiguration.Entry only = configuration.volumes().get(0);
            assertEquals("s3", only.driver());
            assertEquals(VolumeName.DEFAULT, only.name());
            assertEquals("http://127.0.0.1:9000", only.settings().required("endpoint"));
            assertEquals("stowage.s3.access-key must be set",
                    assertThrows(RuntimeException.class, () -> only.settings().required("access-key")).getMessage());
            return null;
        });
    }

    @Test
    void anUnknownBackendIsRefusedByName() {
        assertEquals("STOWAGE_BACKEND must be fs or s3, not 'tape'", refusal(Map.of("stowage.backend", "tape")));
    }

    @Test
    void namedVolumesWinAndTheDefaultIsTheOneNamed() {
        with(Map.of("stowage.backend", "s3",
                "stowage.volumes.fast.driver", "fs", "stowage.volumes.fast.root", "/mnt/fast",
                "stowage.volumes.archive.driver", "s3", "stowage.volumes.archive.bucket", "cold",
                "stowage.default-volume", "fast"), configuration -> {
            assertEquals(new VolumeName("fast"), configuration.defaultVolume());
            assertEquals(List.of("archive", "fast"),
                    configuration.volumes().stream().map(entry -> entry.name().value()).toList());
            VolumeConfiguration.Entry archive = configuration.volumes().get(0);
            assertEquals("s3", archive.driver());
            assertEquals("cold", archive.settings().required("bucket"));
            assertEquals("stowage.volumes.archive.endpoint must be set",
                    assertThrows(RuntimeException.class, () -> archive.settings().required("endpoint")).getMessage());
            return null;
        });
    }

    @Test
    void aSingleNamedVolumeIsTheDefaultWithoutSaying() {
        assertEquals(new VolumeName("only"), with(Map.of("stowage.volumes.only.driver", "fs",
                "stowage.volumes.only.root", "/x"), VolumeConfiguration::defaultVolume));
    }

    @Test
    void severalVolumesNeedADefaultThatIsOneOfThem() {
        Map<String, Object> two = Map.of("stowage.volumes.a.driver", "fs", "stowage.volumes.b.driver", "fs");
        assertEquals("stowage.default-volume must name one of the volumes [a, b]", refusal(two));
        assertEquals("stowage.default-volume is 'c', which is not one of the volumes [a, b]",
                refusal(Map.of("stowage.volumes.a.driver", "fs", "stowage.volumes.b.driver", "fs",
                        "stowage.default-volume", "c")));
    }

    @Test
    void volumesWithoutADriverOrWithABadNameAreRefused() {
        assertEquals("stowage.volumes is set but no volume has a driver: set stowage.volumes.<name>.driver to fs or s3",
                refusal(Map.of("stowage.volumes.a.root", "/x")));
        assertEquals("stowage.default-volume: Volume name invalid: use 1 to 63 characters of a-z, 0-9, '_', '-',"
                + " starting with a letter or digit", refusal(Map.of("stowage.volumes.a.driver", "fs",
                "stowage.default-volume", "Not Valid")));
    }
}
