package io.stowage.adapter.persistence;

import io.stowage.application.port.out.DeliveryCursors;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;

/** Each webhook target's delivery position and lease, one row per target, shared by every instance. */
@Singleton
public final class PostgresDeliveryCursors implements DeliveryCursors {

    private final CursorRepository cursors;
    private final Jdbc jdbc;

    PostgresDeliveryCursors(CursorRepository cursors, Jdbc jdbc) {
        this.cursors = cursors;
        this.jdbc = jdbc;
    }

    @Override
    public OptionalLong claim(String target, String holder, long start, Duration lease) {
        Long position = jdbc.autocommit("claim a webhook target", connection ->
                cursors.findClaimed(target, start, holder, lease.toMillis() / 1000.0));
        return position == null ? OptionalLong.empty() : OptionalLong.of(position);
    }

    @Override
    public void advance(String target, long eventId) {
        jdbc.autocommit("advance a webhook position", connection -> cursors.updateAdvanced(target, eventId));
    }
}
