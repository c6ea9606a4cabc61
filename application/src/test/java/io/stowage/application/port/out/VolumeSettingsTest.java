package io.stowage.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.port.out.VolumeSettings.InvalidVolumeSettings;
import io.stowage.domain.bucket.VolumeName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed getters the volume drivers share: each reads its forms and refuses the rest by full setting name. */
class VolumeSettingsTest {

    private static VolumeSettings of(Map<String, String> values) {
        return new VolumeSettings(new VolumeName("remote"), "stowage.volumes.remote.", values);
    }

    private static String refusal(Runnable read) {
        return assertThrows(InvalidVolumeSettings.class, read::run).getMessage();
    }

    @Test
    void durationsReadTheShortFormsAndIsoAndFallBackWhenUnset() {
        VolumeSettings settings = of(Map.of("a", "500ms", "b", " 10s ", "c", "2m", "d", "PT1M30S"));
        assertEquals(Duration.ofMillis(500), settings.duration("a", "1s"));
        assertEquals(Duration.ofSeconds(10), settings.duration("b", "1s"));
        assertEquals(Duration.ofMinutes(2), settings.duration("c", "1s"));
        assertEquals(Duration.ofSeconds(90), settings.duration("d", "1s"));
        assertEquals(Duration.ofSeconds(60), settings.duration("unset", "60s"));
    }

    @Test
    void aDurationThatIsNoneOrNotPositiveIsRefusedByName() {
        VolumeSettings settings = of(Map.of("io-timeout", "soon", "connect-timeout", "0s"));
        assertEquals("stowage.volumes.remote.io-timeout must be a positive duration such as 10s, 500ms or PT1M",
                refusal(() -> settings.duration("io-timeout", "60s")));
        assertEquals("stowage.volumes.remote.connect-timeout must be a positive duration such as 10s, 500ms or PT1M",
                refusal(() -> settings.duration("connect-timeout", "10s")));
        assertEquals(Optional.empty(), VolumeSettings.parseDuration("99999999999999999999m"));
    }

    @Test
    void wholeNumbersAreReadWithinTheirRange() {
        VolumeSettings settings = of(Map.of("port", "2121", "pool-size", "0", "channels", "x"));
        assertEquals(2121, settings.integer("port", 21, 1, 65_535));
        assertEquals(21, settings.integer("unset", 21, 1, 65_535));
        assertEquals("stowage.volumes.remote.pool-size must be a whole number from 1 to 256",
                refusal(() -> settings.integer("pool-size", 8, 1, 256)));
        assertEquals("stowage.volumes.remote.channels must be a whole number from 1 to 32",
                refusal(() -> settings.integer("channels", 4, 1, 32)));
    }

    @Test
    void positiveWholeNumbersRefuseZero() {
        VolumeSettings settings = of(Map.of("max-connections", "0", "other", "7"));
        assertEquals(7, settings.positiveInteger("other", 16));
        assertEquals(16, settings.positiveInteger("unset", 16));
        assertEquals("stowage.volumes.remote.max-connections must be a positive whole number",
                refusal(() -> settings.positiveInteger("max-connections", 16)));
    }
}
