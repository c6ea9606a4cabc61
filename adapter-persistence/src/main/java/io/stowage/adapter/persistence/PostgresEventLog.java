package io.stowage.adapter.persistence;

import io.stowage.application.port.out.EventLog;
import io.stowage.domain.event.StorageEvent;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The outbox table read back for subscribers and webhooks, and pruned by age. */
@Singleton
public final class PostgresEventLog implements EventLog {

    private static final String LATEST = "SELECT coalesce(max(id), 0) FROM storage_events";
    private static final String PRUNE = "DELETE FROM storage_events WHERE created_at < ?";

    private final Jdbc jdbc;

    public PostgresEventLog(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public List<StorageEvent> read(Query query) {
        SqlStatement select = new SqlStatement()
                .append("SELECT " + EventRows.COLUMNS + " FROM storage_events WHERE id > ?", query.after());
        query.bucket().ifPresent(bucket -> select.append(" AND bucket_id = ?", bucket.value()));
        query.type().ifPresent(type -> select.append(" AND type = ?", type.wireName()));
        select.append(" ORDER BY id LIMIT ?", query.limit());
        return jdbc.autocommit("read events", connection -> {
            List<StorageEvent> events = new ArrayList<>();
            try (PreparedStatement statement = select.prepare(connection); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(EventRows.read(rows));
                }
            }
            return events;
        });
    }

    @Override
    public long latestId() {
        return jdbc.autocommit("find the latest event", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(LATEST);
                    ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    @Override
    public long pruneBefore(Instant cutoff) {
        return jdbc.autocommit("prune events", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(PRUNE)) {
                statement.setObject(1, Timestamps.toColumn(cutoff));
                return (long) statement.executeUpdate();
            }
        });
    }
}
