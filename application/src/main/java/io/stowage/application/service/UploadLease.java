package io.stowage.application.service;

import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.InstanceHeartbeat;
import io.stowage.domain.value.VersionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * This instance's lease on its uploads, renewed at every heartbeat: the heartbeat keeps the intents of the
 * writes in flight alive however long they stream, and the intents this instance holds that no write has
 * in flight any more (an upload that ended while the database was down could not drop its intent) are
 * released to the sweeper at once. An intent younger than {@link #SETTLE} is never released, so one
 * recorded between the snapshot of the writes in flight and the release stays held.
 */
public final class UploadLease {

    /** How old an intent must be before its instance may release it; well above any clock step between calls. */
    public static final Duration SETTLE = Duration.ofSeconds(5);

    private final InstanceHeartbeat heartbeat;
    private final BlobBookkeeping bookkeeping;
    private final InFlightWrites inFlight;
    private final Clock clock;

    public UploadLease(InstanceHeartbeat heartbeat, BlobBookkeeping bookkeeping, InFlightWrites inFlight, Clock clock) {
        this.heartbeat = heartbeat;
        this.bookkeeping = bookkeeping;
        this.inFlight = inFlight;
        this.clock = clock;
    }

    /** Renews the heartbeat, then releases the intents no write of this instance holds. */
    public void renew() {
        // the clock is read before the snapshot: a write that begins after it records a later start
        Instant now = clock.instant();
        Set<VersionId> writing = inFlight.snapshot();
        heartbeat.beat();
        bookkeeping.releaseIntents(writing, now.minus(SETTLE));
    }
}
