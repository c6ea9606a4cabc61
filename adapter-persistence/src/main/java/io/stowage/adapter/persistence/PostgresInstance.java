package io.stowage.adapter.persistence;

import io.stowage.application.port.out.InstanceHeartbeat;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * This server process as one row of {@code instances}: a fresh id per start, and a heartbeat that the
 * database stamps with its own clock, so that instances whose clocks disagree still judge leases alike.
 * Rows of instances silent for a day go with the next heartbeat of any instance.
 */
@Singleton
public final class PostgresInstance implements InstanceHeartbeat {

    private static final String BEAT = "INSERT INTO instances (id, started_at, heartbeat_at) VALUES (?, now(), now())"
            + " ON CONFLICT (id) DO UPDATE SET heartbeat_at = now()";
    private static final String FORGET_SILENT = "DELETE FROM instances WHERE heartbeat_at < now() - interval '1 day'";

    private final Jdbc jdbc;
    private final UUID id = UUID.randomUUID();
    private final AtomicBoolean registered = new AtomicBoolean();

    public PostgresInstance(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    UUID id() {
        return id;
    }

    @Override
    public void beat() {
        jdbc.autocommit("renew this instance's heartbeat", connection -> {
            try (PreparedStatement beat = connection.prepareStatement(BEAT);
                    PreparedStatement forget = connection.prepareStatement(FORGET_SILENT)) {
                beat.setObject(1, id);
                beat.executeUpdate();
                forget.executeUpdate();
                return null;
            }
        });
        registered.set(true);
    }

    /** Before the first intent it holds: an intent whose instance row is missing counts as dead. */
    void ensureRegistered() {
        if (!registered.get()) {
            beat();
        }
    }
}
