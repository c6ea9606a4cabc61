package io.stowage.adapter.persistence;

import io.micronaut.context.annotation.Value;
import io.stowage.application.port.out.S3AccessKey;
import io.stowage.application.port.out.S3Credentials;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** S3 access keys in PostgreSQL, each secret sealed with AES-256-GCM ({@link SecretCipher}). */
@Singleton
public final class PostgresS3Credentials implements S3Credentials {

    private static final String COLUMNS = "access_key_id, role, user_id, description, created_at";

    private final Jdbc jdbc;
    private final SecretCipher cipher;

    public PostgresS3Credentials(DataSource dataSource, @Value("${stowage.s3-keys-key}") String encryptionKey) {
        this.jdbc = new Jdbc(dataSource);
        this.cipher = new SecretCipher(encryptionKey);
    }

    @Override
    public void save(S3AccessKey key, String secret) {
        byte[] sealed = cipher.seal(secret);
        jdbc.autocommit("save S3 key", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO s3_access_keys"
                    + " (access_key_id, secret_encrypted, role, user_id, description, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, key.accessKeyId());
                statement.setBytes(2, sealed);
                statement.setString(3, key.principal().role().claim());
                statement.setString(4, key.principal().user().map(UserId::value).orElse(null));
                statement.setString(5, key.description().orElse(null));
                statement.setTimestamp(6, Timestamp.from(key.createdAt()));
                statement.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<WithSecret> find(String accessKeyId) {
        return jdbc.autocommit("find S3 key", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + ", secret_encrypted FROM s3_access_keys WHERE access_key_id = ?")) {
                statement.setString(1, accessKeyId);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new WithSecret(read(row), cipher.open(row.getBytes("secret_encrypted"))));
                }
            }
        });
    }

    @Override
    public List<S3AccessKey> list() {
        return jdbc.autocommit("list S3 keys", connection -> {
            List<S3AccessKey> keys = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM s3_access_keys ORDER BY created_at, access_key_id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(read(rows));
                }
            }
            return keys;
        });
    }

    @Override
    public boolean delete(String accessKeyId) {
        return jdbc.autocommit("delete S3 key", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM s3_access_keys WHERE access_key_id = ?")) {
                statement.setString(1, accessKeyId);
                return statement.executeUpdate() > 0;
            }
        });
    }

    private static S3AccessKey read(ResultSet row) throws SQLException {
        Principal principal = new Principal(Role.fromClaim(row.getString("role")),
                Optional.ofNullable(row.getString("user_id")).map(UserId::new));
        return new S3AccessKey(row.getString("access_key_id"), principal,
                Optional.ofNullable(row.getString("description")), row.getTimestamp("created_at").toInstant());
    }
}
