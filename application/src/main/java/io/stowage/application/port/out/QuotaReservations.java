package io.stowage.application.port.out;

import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.identity.Principal;

/**
 * Room reserved for a write before its first byte, so that concurrent writes cannot together exceed a
 * quota: confirmed with the size actually stored once the commit took effect, released otherwise. The
 * write path calls it for every write; {@link #NONE} reserves nothing (no quotas yet).
 */
public interface QuotaReservations {

    QuotaReservations NONE = (caller, bucket, maxBytes) -> Reservation.NOTHING;

    /**
     * Reserves up to {@code maxBytes} for {@code caller}'s write into {@code bucket}.
     *
     * @throws RuntimeException a domain error (to be added with quotas) when there is no room
     */
    Reservation reserve(Principal caller, Bucket bucket, long maxBytes);

    /** One reservation; both ends are idempotent and called at most once between them. */
    interface Reservation {

        Reservation NOTHING = new Reservation() {
            @Override
            public void confirm(long storedBytes) {
                // nothing reserved
            }

            @Override
            public void release() {
                // nothing reserved
            }
        };

        /** The write committed {@code storedBytes}; the rest of the reservation is given back. */
        void confirm(long storedBytes);

        /** The write did not commit: the whole reservation is given back. */
        void release();
    }
}
