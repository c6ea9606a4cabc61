package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.S3AccessKey;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** S3 keys in PostgreSQL: saved, found with the secret, listed without it, deleted; the secret sealed at rest. */
class PostgresS3CredentialsTest {

    private static final String KEY = "a-test-encryption-key-of-at-least-32-characters";

    private final TestDatabase database = TestDatabase.get();
    private final PostgresS3Credentials credentials = new PostgresS3Credentials(database.dataSource(), KEY);

    @BeforeEach
    void empty() {
        database.execute("TRUNCATE s3_access_keys");
    }

    @Test
    void aKeyRoundTripsWithItsPrincipalAndSecretAndIsGoneAfterDelete() {
        S3AccessKey alice = new S3AccessKey("STWALICE", Principal.authenticated(new UserId("alice")),
                Optional.of("laptop"), Instant.parse("2024-05-01T10:00:00Z"));
        S3AccessKey service = new S3AccessKey("STWSERVICE", Principal.serviceRole(Optional.empty()), Optional.empty(),
                Instant.parse("2024-05-01T11:00:00Z"));
        credentials.save(alice, "alice-secret");
        credentials.save(service, "service-secret");

        assertEquals("alice-secret", credentials.find("STWALICE").orElseThrow().secret());
        assertEquals(alice, credentials.find("STWALICE").orElseThrow().key());
        assertEquals(service, credentials.find("STWSERVICE").orElseThrow().key());
        assertEquals(List.of(alice, service), credentials.list());
        assertTrue(credentials.delete("STWALICE"));
        assertFalse(credentials.delete("STWALICE"));
        assertTrue(credentials.find("STWALICE").isEmpty());
    }

    @Test
    void theSecretIsNotStoredInClearAndAnotherKeyCannotOpenIt() {
        credentials.save(new S3AccessKey("STWX", Principal.serviceRole(Optional.empty()), Optional.empty(),
                Instant.parse("2024-05-01T10:00:00Z")), "a-very-recognisable-secret");
        byte[] stored = database.queryBytes("SELECT secret_encrypted FROM s3_access_keys WHERE access_key_id = 'STWX'");
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("recognisable"));
        PostgresS3Credentials otherKey = new PostgresS3Credentials(database.dataSource(),
                "another-encryption-key-of-at-least-32-characters");
        assertThrows(IllegalStateException.class, () -> otherKey.find("STWX"));
        SecretCipher cipher = new SecretCipher(KEY);
        byte[] sealed = cipher.seal("x");
        assertFalse(java.util.Arrays.equals(sealed, cipher.seal("x")), "a fresh nonce every time");
        sealed[sealed.length - 1] ^= 1;
        byte[] tampered = sealed;
        assertThrows(IllegalStateException.class, () -> cipher.open(tampered));
        assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), cipher.open(cipher.seal("x")).getBytes(StandardCharsets.UTF_8));
    }
}
