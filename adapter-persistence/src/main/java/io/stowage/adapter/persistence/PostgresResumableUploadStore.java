package io.stowage.adapter.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.stowage.application.port.out.ResumableUpload;
import io.stowage.application.port.out.ResumableUploadStore;
import io.stowage.application.port.out.UploadPart;
import io.stowage.domain.error.StorageUnavailable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Resumable uploads in PostgreSQL. The one-chunk-at-a-time lock is a session advisory lock on a connection
 * of its own, so it is released when its holder closes it or dies (the connection drops), across instances.
 */
@Singleton
public final class PostgresResumableUploadStore implements ResumableUploadStore {

    private static final String FORGET_INTENT = "DELETE FROM upload_intents WHERE version = ?";

    private final ResumableUploadRepository uploads;
    private final ResumablePartRepository parts;
    private final Jdbc jdbc;
    private final DataSource pool;

    PostgresResumableUploadStore(ResumableUploadRepository uploads, ResumablePartRepository parts, Jdbc jdbc,
            DataSource dataSource) {
        this.uploads = uploads;
        this.parts = parts;
        this.jdbc = jdbc;
        // the pool itself: Micronaut Data's DataSource bean hands out only the current transaction's connection
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public void create(ResumableUpload upload) {
        jdbc.autocommit("create resumable upload", connection -> uploads.save(ResumableUploadRow.of(upload)));
    }

    @Override
    public Optional<ResumableUpload> find(String id) {
        return jdbc.autocommit("find resumable upload",
                connection -> uploads.findById(id).map(ResumableUploadRow::upload));
    }

    @Override
    public Optional<Lock> tryLock(String id) {
        long key = key(id);
        Connection connection = null;
        try {
            connection = pool.getConnection();
            if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
                connection.close();
                return Optional.empty();
            }
            Connection held = connection;
            return Optional.of(() -> release(held, key));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StorageUnavailable("the database is unavailable", e);
        }
    }

    @Override
    public boolean addPart(String id, UploadPart part) {
        return jdbc.transaction("record resumable upload part", connection -> {
            if (uploads.advance(id, part.offset(), part.offset() + part.size()) != 1) {
                return false;
            }
            parts.save(ResumablePartRow.of(id, part));
            try (PreparedStatement statement = connection.prepareStatement(FORGET_INTENT)) {
                statement.setObject(1, part.location().version().value());
                statement.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public List<UploadPart> parts(String id) {
        return jdbc.autocommit("list resumable upload parts",
                connection -> parts.findByUploadIdOrderByPartOffset(id).stream().map(ResumablePartRow::part).toList());
    }

    @Override
    public void delete(String id) {
        // the parts' rows go with it (ON DELETE CASCADE)
        jdbc.autocommit("delete resumable upload", connection -> {
            uploads.deleteById(id);
            return null;
        });
    }

    @Override
    public List<ResumableUpload> expired(Instant now, int limit) {
        return jdbc.autocommit("find expired resumable uploads",
                connection -> uploads.findExpired(now, limit).stream().map(ResumableUploadRow::upload).toList());
    }

    private static void release(Connection connection, long key) {
        try {
            call(connection, "SELECT pg_advisory_unlock(?)", key);
        } catch (SQLException e) {
            // closing the connection below ends the session, and the lock with it
        } finally {
            closeQuietly(connection);
        }
    }

    /** A 64-bit FNV-1a hash of the id, as the advisory lock's key; a collision only makes two uploads take turns. */
    static long key(String id) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : ("resumable:" + id).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static boolean call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing more to release
        }
    }
}
