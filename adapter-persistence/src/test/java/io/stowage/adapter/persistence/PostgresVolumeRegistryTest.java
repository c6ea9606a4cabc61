package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.VolumeDefinition;
import io.stowage.application.port.out.VolumeRegistry;
import io.stowage.domain.bucket.VolumeName;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The volumes table: volumes round-trip with their secrets, which the table itself never holds in clear. */
class PostgresVolumeRegistryTest {

    private static final String SECRET = "a-very-recognisable-sftp-password";
    private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");

    private final TestDatabase database = TestDatabase.get();
    private final PostgresVolumeRegistry registry = registry(1);

    private PostgresVolumeRegistry registry(int fill) {
        return new PostgresVolumeRegistry(database.bean(VolumeRepository.class), key(fill));
    }

    private static String key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    private static VolumeDefinition sftp(String name, boolean active) {
        return new VolumeDefinition(new VolumeName(name), "sftp", Map.of("host", "127.0.0.1", "port", "2222",
                "password", SECRET, "token", "tok-" + SECRET), "pre/", "none", active, false, AT, AT);
    }

    @BeforeEach
    void empty() {
        database.execute("TRUNCATE volumes");
    }

    @Test
    void aVolumeRoundTripsIsUpdatedAndDeleted() {
        assertTrue(registry.insert(sftp("remote", true)));
        assertFalse(registry.insert(sftp("remote", false)), "a taken name");
        VolumeDefinition found = registry.find(new VolumeName("remote")).orElseThrow();
        assertEquals(sftp("remote", true).settings(), found.settings());
        assertEquals("pre/", found.defaultPrefix());
        assertTrue(found.active());
        assertFalse(found.fromConfig());
        assertEquals(AT, found.createdAt());

        Instant later = AT.plusSeconds(60);
        assertTrue(registry.update(found.withState(Map.of("host", "::1"), "", false, later)));
        VolumeDefinition updated = registry.find(new VolumeName("remote")).orElseThrow();
        assertEquals(Map.of("host", "::1"), updated.settings());
        assertFalse(updated.active());
        assertEquals(later, updated.updatedAt());
        assertEquals(List.of(updated.name()), registry.list().stream().map(VolumeDefinition::name).toList());

        assertTrue(registry.delete(new VolumeName("remote")));
        assertFalse(registry.delete(new VolumeName("remote")));
        assertTrue(registry.find(new VolumeName("remote")).isEmpty());
    }

    @Test
    void aConfiguredVolumeIsUpsertedAndMarked() {
        registry.insert(sftp("shared", false));
        registry.upsertFromConfig(new VolumeDefinition(new VolumeName("shared"), "fs", Map.of("root", "/srv"), "",
                "none", true, true, AT, AT.plusSeconds(5)));
        VolumeDefinition found = registry.find(new VolumeName("shared")).orElseThrow();
        assertTrue(found.fromConfig());
        assertTrue(found.active());
        assertEquals("fs", found.driver());
        assertEquals(Map.of("root", "/srv"), found.settings());
    }

    @Test
    void theTableHoldsNoSecretInClearAndAnotherMasterKeyCannotReadIt() {
        registry.insert(sftp("remote", true));
        String stored = new String(database.queryBytes("SELECT convert_to(settings::text, 'UTF8') FROM volumes"),
                StandardCharsets.UTF_8);
        assertFalse(stored.contains("recognisable"), stored);
        assertTrue(stored.contains("\"host\": \"127.0.0.1\""), stored);
        assertTrue(stored.contains("\"password\": \"v1:"), stored);

        VolumeRegistry.UnreadableSecret refused = assertThrows(VolumeRegistry.UnreadableSecret.class,
                () -> registry(2).list());
        assertFalse(refused.getMessage().contains("recognisable"));
        assertTrue(refused.getMessage().contains("remote"), refused.getMessage());
    }

    @Test
    void aSealedSecretMovedToAnotherVolumeDoesNotOpen() {
        registry.insert(sftp("first", true));
        registry.insert(sftp("second", true));
        database.execute("UPDATE volumes SET settings = (SELECT settings FROM volumes WHERE name = 'first')"
                + " WHERE name = 'second'");
        assertThrows(VolumeRegistry.UnreadableSecret.class, () -> registry.find(new VolumeName("second")));
    }

    @Test
    void aRotationReSealsEverySecretUnderTheNewKeyAndCanBeRunAgain() {
        registry.insert(sftp("first", true));
        registry.insert(sftp("second", true));
        registry.insert(new VolumeDefinition(new VolumeName("plain"), "fs", Map.of("root", "/srv"), "", "none", true,
                false, AT, AT));
        PostgresVolumeRegistry rotating = new PostgresVolumeRegistry(database.bean(VolumeRepository.class), key(2),
                key(1));
        assertEquals(sftp("first", true).settings(), rotating.find(new VolumeName("first")).orElseThrow().settings());
        assertEquals(2, rotating.resealUnderCurrentKey());
        assertEquals(0, rotating.resealUnderCurrentKey(), "nothing left under the old key");
        assertEquals(sftp("second", true).settings(), registry(2).find(new VolumeName("second")).orElseThrow().settings());
        assertThrows(VolumeRegistry.UnreadableSecret.class, () -> registry(1).list());
        assertEquals(AT, registry(2).find(new VolumeName("first")).orElseThrow().updatedAt());
    }
}
