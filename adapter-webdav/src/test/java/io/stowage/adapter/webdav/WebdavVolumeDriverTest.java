package io.stowage.adapter.webdav;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.webdav.testing.NginxDav;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.port.out.VolumeSettings.InvalidVolumeSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Settings errors name the setting and never a secret; the probe writes, reads and deletes for real. */
class WebdavVolumeDriverTest {

    private static NginxDav nginx;

    @BeforeAll
    static void start() {
        nginx = NginxDav.start();
    }

    @AfterAll
    static void stop() {
        nginx.close();
    }

    private static String refusal(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("url", nginx.url());
        InvalidVolumeSettings refused = assertThrows(InvalidVolumeSettings.class,
                () -> new WebdavVolumeDriver().open(TestVolumes.VOLUME,
                        new io.stowage.application.port.out.VolumeSettings(TestVolumes.VOLUME, "stowage.volumes.dav.", all)));
        assertFalse(refused.getMessage().contains(NginxDav.PASSWORD), refused.getMessage());
        return refused.getMessage();
    }

    @Test
    void badSettingsAreRefusedNamingTheSetting() {
        assertEquals("stowage.volumes.dav.url must be set", refusal(Map.of("url", " ")));
        assertEquals("stowage.volumes.dav.url must be an http:// or https:// URL with a host",
                refusal(Map.of("url", "ftp://127.0.0.1/")));
        assertEquals("stowage.volumes.dav.url must not hold credentials: set auth, user and password instead",
                refusal(Map.of("url", "http://u:" + NginxDav.PASSWORD + "@127.0.0.1/")));
        assertEquals("stowage.volumes.dav.auth must be none, basic or bearer", refusal(Map.of("auth", "digest")));
        assertEquals("stowage.volumes.dav.password must be set", refusal(Map.of("auth", "basic", "user", "u")));
        assertEquals("stowage.volumes.dav.token must be set", refusal(Map.of("auth", "bearer")));
        assertEquals("stowage.volumes.dav.root must be a path of letters, digits, '.', '_', '~' and '-' segments",
                refusal(Map.of("root", "a/../b")));
        assertEquals("stowage.volumes.dav.io-timeout must be a positive duration such as 10s, 500ms or PT1M",
                refusal(Map.of("io-timeout", "soon")));
        assertEquals("stowage.volumes.dav.max-connections must be a positive whole number",
                refusal(Map.of("max-connections", "0")));
    }

    @Test
    void wrongCredentialsStopTheOpenNamingTheStatusNotThePassword() {
        String message = refusal(Map.of("auth", "basic", "user", NginxDav.USER, "password", "wrong-" + NginxDav.PASSWORD));
        assertEquals("stowage.volumes.dav.url cannot be used: the server MKCOL answered 401 (check the credentials)", message);
    }

    @Test
    void theSettingsNeverPrintTheCredential() {
        WebdavSettings settings = WebdavSettings.from(TestVolumes.settings(nginx.url(), Map.of()));
        assertFalse(settings.toString().contains(NginxDav.PASSWORD));
        assertFalse(settings.toString().contains(settings.authorization().orElseThrow()));
    }

    @Test
    void theProbeWritesReadsAndDeletesAndLeavesNothing() throws Exception {
        OpenedVolume volume = TestVolumes.open(nginx.url(), Map.of("root", "probed"));
        try {
            assertDoesNotThrow(() -> volume.probe().check());
            assertEquals(List.of(), nginx.files());
            assertTrue(java.nio.file.Files.isDirectory(nginx.root().resolve("probed/.stowage-probe")));
        } finally {
            volume.resources().close();
        }
    }
}
