package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.bootstrap.StartupFailure;
import io.stowage.bootstrap.Stowage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two sharing settings: the URL signing key (generated once, 0600, its own) and the maximum expiry. */
class SharingSettingsE2eTest {

    @Test
    void aGeneratedKeyOfItsOwnAndAConfiguredMaximum() throws IOException {
        try (Stowage server = TestServer.start(Map.of("stowage.signed-url-max-expiry", "1m"))) {
            Path key = server.dataDir().resolve("secrets").resolve("url-signing-key");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
            assertTrue(Files.readString(key).strip().length() >= 32);
            assertNotEquals(server.jwtSecret(), Files.readString(key).strip());

            Api owner = new Api(URI.create(server.url() + "/storage/v1"), Tokens.user("settings-owner"));
            assertEquals(200, owner.createBucket("limits", "private").statusCode());
            assertEquals(200, owner.upload("/object/limits/a.txt", "text/plain", "a".getBytes()).statusCode());
            assertEquals(200, owner.postJson("/object/sign/limits/a.txt", "{\"expiresIn\":60}").statusCode());
            assertError(owner.postJson("/object/sign/limits/a.txt", "{\"expiresIn\":61}"), 400, "InvalidRequest");
            // signed uploads default to two hours, capped by a lower maximum
            Instant expiresAt = Instant.parse(Json.body(owner.postJson("/object/upload/sign/limits/b.txt", "{}"))
                    .path("expires_at").asText());
            assertTrue(expiresAt.isBefore(Instant.now().plusSeconds(62)), expiresAt.toString());
        }
    }

    @Test
    void aBadMaximumStopsStartUpWithOneLine() {
        StartupFailure failure = assertThrows(StartupFailure.class,
                () -> TestServer.start(Map.of("stowage.signed-url-max-expiry", "soon")).close());
        assertTrue(failure.getMessage().contains("STOWAGE_SIGNED_URL_MAX_EXPIRY"), failure.getMessage());
    }

    @Test
    void aShortConfiguredKeyStopsStartUp() {
        StartupFailure failure = assertThrows(StartupFailure.class,
                () -> TestServer.start(Map.of("stowage.url-signing-key", "short")).close());
        assertTrue(failure.getMessage().contains("STOWAGE_URL_SIGNING_KEY"), failure.getMessage());
    }
}
