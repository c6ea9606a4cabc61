package io.stowage.adapter.sftp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.sftp.testing.SftpTestServer;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.port.out.VolumeSettings.InvalidVolumeSettings;
import io.stowage.application.testing.GeneratedBytes;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.value.VersionId;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Opening sftp volumes: settings errors name the setting and never a secret, the host key is pinned,
 * a private key logs in, and the probe writes, reads and deletes a probe file, leaving nothing.
 */
class SftpVolumeDriverTest {

    private static Map<String, String> minimal() {
        Map<String, String> settings = new HashMap<>();
        settings.put("host", "127.0.0.1");
        settings.put("user", "u");
        settings.put("password", "hunter2-secret");
        settings.put("host-key-fingerprint", "SHA256:" + "A".repeat(43));
        return settings;
    }

    private static String refusal(Map<String, String> settings) {
        return assertThrows(InvalidVolumeSettings.class, () -> SftpVolumes.open(settings)).getMessage();
    }

    @Test
    void missingOrMalformedSettingsAreRefusedByName() {
        Map<String, String> noHost = minimal();
        noHost.remove("host");
        assertEquals("stowage.volumes.remote.host must be set", refusal(noHost));

        Map<String, String> noFingerprint = minimal();
        noFingerprint.remove("host-key-fingerprint");
        assertTrue(refusal(noFingerprint).startsWith("stowage.volumes.remote.host-key-fingerprint must be set"));

        Map<String, String> badFingerprint = minimal();
        badFingerprint.put("host-key-fingerprint", "MD5:aa:bb");
        assertTrue(refusal(badFingerprint).startsWith("stowage.volumes.remote.host-key-fingerprint must look like"));

        Map<String, String> noSecret = minimal();
        noSecret.remove("password");
        assertEquals("stowage.volumes.remote.password or stowage.volumes.remote.private-key must be set",
                refusal(noSecret));

        Map<String, String> badPort = minimal();
        badPort.put("port", "99999");
        assertEquals("stowage.volumes.remote.port must be a whole number from 1 to 65535", refusal(badPort));

        Map<String, String> badTimeout = minimal();
        badTimeout.put("io-timeout", "soon");
        assertTrue(refusal(badTimeout).startsWith("stowage.volumes.remote.io-timeout must be a positive duration"));

        Map<String, String> badRoot = minimal();
        badRoot.put("root", "a/../b");
        assertTrue(refusal(badRoot).startsWith("stowage.volumes.remote.root must be"));

        Map<String, String> badKey = minimal();
        badKey.remove("password");
        badKey.put("private-key", "-----BEGIN PRIVATE KEY-----\nnot-a-key-secret\n-----END PRIVATE KEY-----\n");
        String keyRefusal = refusal(badKey);
        assertTrue(keyRefusal.startsWith("stowage.volumes.remote.private-key cannot be read"), keyRefusal);
        assertFalse(keyRefusal.contains("not-a-key-secret"), keyRefusal);
    }

    @Test
    void settingsNeverShowTheirSecrets() {
        Map<String, String> settings = minimal();
        settings.put("private-key", "-----BEGIN PRIVATE KEY-----\nsecret-key-body\n-----END PRIVATE KEY-----");
        settings.put("passphrase", "secret-passphrase");
        String shown = SftpSettings.from(SftpVolumes.settings(settings)).toString();
        assertFalse(shown.contains("hunter2"), shown);
        assertFalse(shown.contains("secret-key-body"), shown);
        assertFalse(shown.contains("secret-passphrase"), shown);
        assertTrue(shown.contains("host=127.0.0.1"), shown);
    }

    @Test
    void hostKeyCheckMayOnlyBeSwitchedOffExplicitly() throws Exception {
        try (SftpTestServer server = SftpTestServer.start()) {
            Map<String, String> settings = new HashMap<>(server.volumeSettings("unchecked"));
            settings.remove("host-key-fingerprint");
            settings.put("host-key-check", "false");
            OpenedVolume volume = SftpVolumes.open(settings);
            try {
                assertDoesNotThrow(() -> volume.probe().check());
            } finally {
                volume.resources().close();
            }
        }
    }

    @Test
    void aServerWithAnotherHostKeyIsRefusedAndTheProbeSaysWhy() throws Exception {
        try (SftpTestServer server = SftpTestServer.start()) {
            Map<String, String> settings = new HashMap<>(server.volumeSettings("pinned"));
            settings.put("host-key-fingerprint", "SHA256:" + "B".repeat(43));
            OpenedVolume volume = SftpVolumes.open(settings);
            try {
                IllegalStateException refused = assertThrows(IllegalStateException.class, () -> volume.probe().check());
                assertEquals("the server's host key " + server.fingerprint().replaceAll("=$", "")
                        + " does not match host-key-fingerprint", refused.getMessage());
                assertEquals(List.of(), server.files(), "nothing was written to an unverified server");
            } finally {
                volume.resources().close();
            }
        }
    }

    @Test
    void aPrivateKeyLogsInAndTheProbeLeavesNothing() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        try (SftpTestServer server = SftpTestServer.start(key.getPublic())) {
            Map<String, String> settings = new HashMap<>(server.volumeSettings("/keyed"));
            settings.remove("password");
            settings.put("private-key", pem);
            OpenedVolume volume = SftpVolumes.open(settings);
            try {
                volume.probe().check();
                BlobLocation location = new BlobLocation(new BucketName("keyed"), VersionId.random());
                volume.store().put(location, new GeneratedBytes(9, 5000), 5000);
                assertEquals(List.of("keyed/keyed/" + location.version()), server.files());
            } finally {
                volume.resources().close();
            }
        }
    }
}
