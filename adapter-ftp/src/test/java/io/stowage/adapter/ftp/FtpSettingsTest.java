package io.stowage.adapter.ftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.port.out.VolumeSettings.InvalidVolumeSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings are read with defaults, and every mistake is named by its full setting, never its value. */
class FtpSettingsTest {

    private static final Map<String, String> MINIMAL = Map.of("host", "files.example", "user", "stowage",
            "password", "s3cr3t-value");

    @Test
    void defaultsAreTheDocumentedOnes() {
        FtpSettings settings = FtpSettings.from(FtpVolumes.settings(MINIMAL));
        assertEquals(21, settings.port());
        assertEquals("", settings.root());
        assertEquals(true, settings.passive());
        assertEquals(FtpTls.NONE, settings.tls());
        assertEquals(Duration.ofSeconds(10), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(60), settings.ioTimeout());
        assertEquals(8, settings.poolSize());
    }

    @Test
    void implicitTlsDefaultsToPort990AndRootLosesItsTrailingSlash() {
        FtpSettings settings = FtpSettings.from(FtpVolumes.settings(
                with(MINIMAL, Map.of("tls", "Implicit", "root", "/srv/blobs/", "passive", "false", "io-timeout", "2m"))));
        assertEquals(990, settings.port());
        assertEquals(FtpTls.IMPLICIT, settings.tls());
        assertEquals("/srv/blobs", settings.root());
        assertEquals(false, settings.passive());
        assertEquals(Duration.ofMinutes(2), settings.ioTimeout());
    }

    @Test
    void eachMistakeNamesItsSetting() {
        assertRefused(without("host"), "stowage.volumes.remote.host must be set");
        assertRefused(without("user"), "stowage.volumes.remote.user must be set");
        assertRefused(without("password"), "stowage.volumes.remote.password must be set");
        assertRefused(with(MINIMAL, Map.of("port", "70000")), "stowage.volumes.remote.port must be a whole number from 1 to 65535");
        assertRefused(with(MINIMAL, Map.of("tls", "ssl")), "stowage.volumes.remote.tls must be none, explicit or implicit");
        assertRefused(with(MINIMAL, Map.of("passive", "maybe")), "stowage.volumes.remote.passive must be true or false");
        assertRefused(with(MINIMAL, Map.of("io-timeout", "soon")),
                "stowage.volumes.remote.io-timeout must be a duration such as 10s, 500ms or PT1M");
        assertRefused(with(MINIMAL, Map.of("connect-timeout", "0s")),
                "stowage.volumes.remote.connect-timeout must be a positive duration such as 10s");
        assertRefused(with(MINIMAL, Map.of("root", "/a/../b")),
                "stowage.volumes.remote.root must be a plain /-separated directory path");
        assertRefused(with(MINIMAL, Map.of("pool-size", "0")),
                "stowage.volumes.remote.pool-size must be a whole number from 1 to 256");
    }

    @Test
    void thePasswordIsNeverShown() {
        FtpSettings settings = FtpSettings.from(FtpVolumes.settings(MINIMAL));
        assertFalse(settings.toString().contains("s3cr3t-value"), settings.toString());
    }

    private static void assertRefused(Map<String, String> values, String message) {
        InvalidVolumeSettings refused = assertThrows(InvalidVolumeSettings.class,
                () -> new FtpVolumeDriver().open(FtpVolumes.NAME, FtpVolumes.settings(values)));
        assertEquals(message, refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cr3t-value"));
    }

    private static Map<String, String> without(String key) {
        Map<String, String> values = new HashMap<>(MINIMAL);
        values.remove(key);
        return values;
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(base);
        values.putAll(more);
        return values;
    }
}
