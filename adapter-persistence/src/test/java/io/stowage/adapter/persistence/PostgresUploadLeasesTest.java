package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lease rule in PostgreSQL, judged by the database's clock: an intent of an instance that stopped
 * renewing is dead whatever its age, one of a live instance only once that instance released it (no write of
 * its holds it any more), one of no instance after the grace.
 */
class PostgresUploadLeasesTest {

    private static final BucketName DOCS = new BucketName("docs");
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** A grace cutoff far in the past: only leases can make an intent dead. */
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    private final TestDatabase database = TestDatabase.get();
    private final PostgresInstance killed = new PostgresInstance(database.dataSource());
    private final PostgresInstance live = new PostgresInstance(database.dataSource());
    private final PostgresBlobBookkeeping onKilled = new PostgresBlobBookkeeping(database.dataSource(), killed);
    private final PostgresBlobBookkeeping onLive = new PostgresBlobBookkeeping(database.dataSource(), live);

    @BeforeEach
    void freshTables() {
        database.emptyCatalog(List.of(DOCS));
        database.execute("TRUNCATE instances");
    }

    private static UploadIntent intent(String key, Instant at) {
        Instant startedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return new UploadIntent(new BlobLocation(VolumeName.DEFAULT, DOCS, VersionId.random()), DOCS,
                new ObjectKey(key), startedAt);
    }

    /** Moves an instance's heartbeat into the past, as if it had stopped renewing then. */
    private void silence(PostgresInstance instance, Duration ago) {
        database.execute("UPDATE instances SET heartbeat_at = now() - interval '" + ago.toSeconds()
                + " seconds' WHERE id = '" + instance.id() + "'");
    }

    @Test
    void anIntentOfAnInstanceSilentForLongerThanTheLeaseIsDeadEvenWhenJustStarted() {
        UploadIntent dead = intent("big.bin", Instant.now());
        onKilled.recordIntent(dead);
        onKilled.recordPartialWrite(dead.location().version(), "upload-42");
        UploadIntent alive = intent("slow.bin", Instant.now());
        onLive.recordIntent(alive);

        assertEquals(List.of(), onLive.deadIntents(LONG_AGO, LEASE, 10), "both instances renewed just now");

        silence(killed, LEASE.plusSeconds(1));
        live.beat();

        assertEquals(List.of(new UploadIntent(dead.location(), DOCS, dead.key(), dead.startedAt(),
                Optional.of("upload-42"))), onLive.deadIntents(LONG_AGO, LEASE, 10));

        silence(killed, LEASE.minusSeconds(5));
        assertEquals(List.of(), onLive.deadIntents(LONG_AGO, LEASE, 10), "within the lease it may still be alive");
    }

    @Test
    void anIntentOfALiveInstanceIsNotDeadHoweverOldUntilItsInstanceReleasesIt() {
        UploadIntent old = intent("slow.bin", Instant.now().minus(Duration.ofMinutes(50)));
        onLive.recordIntent(old);
        live.beat();

        assertEquals(List.of(), onLive.deadIntents(Instant.now().minus(Duration.ofHours(1)), LEASE, 10));
        assertEquals(List.of(), onLive.deadIntents(Instant.now().minus(Duration.ofMinutes(40)), LEASE, 10),
                "a write its live instance still has in flight is never dead by age (a two-hour upload survives)");
        assertEquals(List.of(), onLive.deadIntents(Instant.now(), LEASE, 10));

        onLive.releaseIntents(Set.of(), Instant.now());

        assertEquals(List.of(old), onLive.deadIntents(LONG_AGO, LEASE, 10),
                "released by its instance (no write holds it): dead at once, whatever the grace");
    }

    @Test
    void anInstanceReleasesOnlyItsOwnIntentsThatAreNeitherInFlightNorYoung() {
        Instant now = Instant.now();
        UploadIntent streaming = intent("streaming", now.minus(Duration.ofMinutes(10)));
        UploadIntent leftOver = intent("left-over", now.minus(Duration.ofMinutes(10)));
        UploadIntent young = intent("young", now);
        UploadIntent otherInstance = intent("other", now.minus(Duration.ofMinutes(10)));
        onLive.recordIntent(streaming);
        onLive.recordIntent(leftOver);
        onLive.recordIntent(young);
        onKilled.recordIntent(otherInstance);
        live.beat();
        killed.beat();

        onLive.releaseIntents(Set.of(streaming.location().version()), now.minus(Duration.ofSeconds(5)));

        assertEquals(List.of(leftOver), onLive.deadIntents(LONG_AGO, LEASE, 10));
    }

    @Test
    void anIntentOfAnInstanceTheDatabaseDoesNotKnowIsDead() {
        UploadIntent orphan = intent("a", Instant.now());
        onKilled.recordIntent(orphan);
        database.execute("DELETE FROM instances WHERE id = '" + killed.id() + "'");

        assertEquals(List.of(orphan), onLive.deadIntents(LONG_AGO, LEASE, 10));
    }

    @Test
    void anIntentRecordedBeforeLeasesIsDeadOnlyAfterTheGrace() {
        UploadIntent held = intent("a", Instant.parse("2024-05-01T10:00:00Z"));
        onLive.recordIntent(held);
        database.execute("INSERT INTO upload_intents (version, volume, blob_bucket_id, bucket_id, name, started_at)"
                + " VALUES (gen_random_uuid(), 'default', 'docs', 'docs', 'legacy', '2024-05-01T11:00:00Z')");

        assertEquals(List.of(), onLive.deadIntents(Instant.parse("2024-05-01T10:00:00Z"), LEASE, 10));
        assertEquals(List.of(), onLive.deadIntents(Instant.parse("2024-05-01T10:30:00Z"), LEASE, 10),
                "the live instance's intent is not dead by age");
        assertEquals(1, onLive.deadIntents(Instant.parse("2024-05-01T12:00:00Z"), LEASE, 10).size(),
                "an intent recorded before leases existed expires after the grace");
        onLive.releaseIntents(Set.of(), Instant.now());
        assertEquals(2, onLive.deadIntents(Instant.parse("2024-05-01T12:00:00Z"), LEASE, 10).size(),
                "and the live instance's once it released it");
    }

    @Test
    void theFirstIntentRegistersItsInstanceSoAFreshUploadIsNotTakenForDead() {
        PostgresInstance fresh = new PostgresInstance(database.dataSource());
        new PostgresBlobBookkeeping(database.dataSource(), fresh).recordIntent(intent("a", Instant.now()));

        assertEquals(List.of(), onLive.deadIntents(LONG_AGO, LEASE, 10));
    }

    @Test
    void instancesSilentForADayAreForgottenAtAnyHeartbeat() {
        killed.beat();
        silence(killed, Duration.ofDays(2));
        live.beat();

        UploadIntent left = intent("a", Instant.now());
        database.execute("INSERT INTO upload_intents (version, volume, blob_bucket_id, bucket_id, name, started_at,"
                + " instance_id) VALUES ('" + left.location().version() + "', 'default', 'docs', 'docs', 'a', now(), '"
                + killed.id() + "')");
        assertEquals(1, onLive.deadIntents(LONG_AGO, LEASE, 10).size(), "its row is gone, so its intents are dead");
    }
}
