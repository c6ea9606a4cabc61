package io.stowage.adapter.persistence;

import io.stowage.application.port.out.DeliveryCursors;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** Each webhook target's delivery position and lease, one row per target, shared by every instance. */
@Singleton
public final class PostgresDeliveryCursors implements DeliveryCursors {

    // one statement: creates the row on first sight, else takes the lease if it is this holder's or has
    // lapsed; when another holder's lease runs the update is skipped and nothing is returned
    private static final String CLAIM = "INSERT INTO webhook_cursors (target, last_event_id, updated_at, holder, held_until)"
            + " VALUES (?, ?, now(), ?, now() + make_interval(secs => ?))"
            + " ON CONFLICT (target) DO UPDATE SET holder = EXCLUDED.holder, held_until = EXCLUDED.held_until"
            + " WHERE webhook_cursors.holder = EXCLUDED.holder OR webhook_cursors.held_until < now()"
            + " RETURNING last_event_id";
    private static final String ADVANCE = "UPDATE webhook_cursors SET last_event_id = greatest(last_event_id, ?),"
            + " updated_at = now() WHERE target = ?";

    private final Jdbc jdbc;

    public PostgresDeliveryCursors(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public OptionalLong claim(String target, String holder, long start, Duration lease) {
        return jdbc.autocommit("claim a webhook target", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
                statement.setString(1, target);
                statement.setLong(2, start);
                statement.setString(3, holder);
                statement.setDouble(4, lease.toMillis() / 1000.0);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    @Override
    public void advance(String target, long eventId) {
        jdbc.autocommit("advance a webhook position", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ADVANCE)) {
                statement.setLong(1, eventId);
                statement.setString(2, target);
                statement.executeUpdate();
                return null;
            }
        });
    }
}
