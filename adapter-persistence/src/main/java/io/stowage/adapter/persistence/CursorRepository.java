package io.stowage.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The webhook delivery cursors; each statement is one atomic step, so they keep their SQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CursorRepository extends GenericRepository<CursorRow, String> {

    /**
     * One statement: creates the row on first sight, else takes the lease if it is this holder's or has
     * lapsed; when another holder's lease runs the update is skipped and null is returned.
     */
    @Query(value = "INSERT INTO webhook_cursors (target, last_event_id, updated_at, holder, held_until)"
            + " VALUES (:target, :start, now(), :holder, now() + make_interval(secs => :leaseSeconds))"
            + " ON CONFLICT (target) DO UPDATE SET holder = EXCLUDED.holder, held_until = EXCLUDED.held_until"
            + " WHERE webhook_cursors.holder = EXCLUDED.holder OR webhook_cursors.held_until < now()"
            + " RETURNING last_event_id", nativeQuery = true)
    @Nullable
    Long findClaimed(String target, long start, String holder, double leaseSeconds);

    /** Never moves a position back. */
    @Query(value = "UPDATE webhook_cursors SET last_event_id = greatest(last_event_id, :eventId), updated_at = now()"
            + " WHERE target = :target", nativeQuery = true)
    long updateAdvanced(String target, long eventId);
}
