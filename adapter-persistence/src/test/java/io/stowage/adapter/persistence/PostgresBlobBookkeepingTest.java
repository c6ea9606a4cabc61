package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Upload intents and the deletion queue in PostgreSQL, kept in step by the catalog's own transactions. */
class PostgresBlobBookkeepingTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final VolumeName ARCHIVE = new VolumeName("archive");
    private static final BucketName DOCS = new BucketName("docs");
    private static final BucketName COLD = new BucketName("cold");

    private final TestDatabase database = TestDatabase.get();
    private final PostgresBlobBookkeeping bookkeeping = new PostgresBlobBookkeeping(database.dataSource());
    private ObjectCatalog objects;

    @BeforeEach
    void freshTables() {
        objects = database.emptyCatalog(List.of(DOCS));
        database.buckets().create(Bucket.create(COLD, Optional.empty(), BucketSettings.DEFAULT, ARCHIVE, T0));
    }

    private static StoredObject object(BucketName bucket, String key, VersionId version) {
        return new StoredObject(UUID.randomUUID(), bucket, new ObjectKey(key), version, 3, ContentType.OCTET_STREAM,
                new Checksum("a".repeat(64)), Optional.empty(), Optional.empty(), Optional.empty(), T0, T0);
    }

    private UploadIntent intend(BucketName bucket, String key, VolumeName volume, Instant at) {
        UploadIntent intent = new UploadIntent(new BlobLocation(volume, bucket, VersionId.random()), bucket,
                new ObjectKey(key), at);
        bookkeeping.recordIntent(intent);
        return intent;
    }

    @Test
    void intentsComeBackOldestFirstOnceOlderThanTheCutoffAndGoWhenForgotten() {
        UploadIntent old = intend(DOCS, "a", VolumeName.DEFAULT, T0);
        UploadIntent older = intend(COLD, "b/c", ARCHIVE, T0.minusSeconds(60));
        intend(DOCS, "young", VolumeName.DEFAULT, T0.plusSeconds(3600));

        assertEquals(List.of(older, old), bookkeeping.intentsStartedBefore(T0.plusSeconds(1), 10));
        assertEquals(List.of(older), bookkeeping.intentsStartedBefore(T0.plusSeconds(1), 1));

        bookkeeping.forgetIntent(older.location().version());
        bookkeeping.forgetIntent(VersionId.random());
        assertEquals(List.of(old), bookkeeping.intentsStartedBefore(T0.plusSeconds(1), 10));
    }

    @Test
    void aCommitDropsItsIntentInTheSameTransactionAndAConflictKeepsIt() {
        UploadIntent first = intend(DOCS, "a", VolumeName.DEFAULT, T0);
        objects.commit(object(DOCS, "a", first.location().version()), WriteCondition.absent());
        assertEquals(List.of(), bookkeeping.intentsStartedBefore(T0.plusSeconds(1), 10));

        UploadIntent loser = intend(DOCS, "a", VolumeName.DEFAULT, T0);
        assertThrows(WriteConflict.class,
                () -> objects.commit(object(DOCS, "a", loser.location().version()), WriteCondition.absent()));
        assertEquals(List.of(loser), bookkeeping.intentsStartedBefore(T0.plusSeconds(1), 10));
    }

    @Test
    void replacingRemovingAndEmptyingQueueEachBlobOnItsBucketsVolume() {
        StoredObject v1 = object(COLD, "a", VersionId.random());
        objects.commit(v1, WriteCondition.absent());
        StoredObject v2 = object(COLD, "a", VersionId.random());
        objects.commit(v2, WriteCondition.replacing(v1.version()));
        assertEquals(List.of(new BlobLocation(ARCHIVE, COLD, v1.version())), bookkeeping.queuedDeletions(10));

        assertTrue(objects.remove(v2));
        assertFalse(objects.remove(v2), "a second removal finds nothing and queues nothing");
        StoredObject other = object(DOCS, "b", VersionId.random());
        objects.commit(other, WriteCondition.absent());
        assertEquals(1, objects.removeBatch(DOCS, 10).size());

        assertEquals(List.of(new BlobLocation(ARCHIVE, COLD, v1.version()), new BlobLocation(ARCHIVE, COLD, v2.version()),
                new BlobLocation(VolumeName.DEFAULT, DOCS, other.version())), bookkeeping.queuedDeletions(10));

        bookkeeping.deletionDone(v1.version());
        bookkeeping.deletionDone(v2.version());
        assertEquals(List.of(new BlobLocation(VolumeName.DEFAULT, DOCS, other.version())),
                bookkeeping.queuedDeletions(10));
    }

    @Test
    void aMoveOntoACopyDropsTheCopysIntentAndQueuesTheSourceButAPlainMoveQueuesNothing() {
        StoredObject source = object(DOCS, "a", VersionId.random());
        objects.commit(source, WriteCondition.absent());
        UploadIntent copy = intend(COLD, "a", ARCHIVE, T0);

        objects.move(source, source.movedTo(COLD, new ObjectKey("a"), T0).withNewBlob(copy.location().version()));

        assertEquals(List.of(), bookkeeping.intentsStartedBefore(T0.plusSeconds(1), 10));
        assertEquals(List.of(new BlobLocation(VolumeName.DEFAULT, DOCS, source.version())),
                bookkeeping.queuedDeletions(10));

        StoredObject moved = objects.find(COLD, new ObjectKey("a")).orElseThrow();
        objects.move(moved, moved.movedTo(COLD, new ObjectKey("b"), T0));
        assertEquals(1, bookkeeping.queuedDeletions(10).size(), "within a volume the blob stays in use");
    }

    @Test
    void aVersionIsTrackedByItsRowItsIntentOrItsQueueEntryAndNothingElse() {
        StoredObject row = object(DOCS, "a", VersionId.random());
        objects.commit(row, WriteCondition.absent());
        UploadIntent intent = intend(DOCS, "b", VolumeName.DEFAULT, T0);
        BlobLocation queued = new BlobLocation(ARCHIVE, COLD, VersionId.random());
        bookkeeping.queueDeletion(queued, T0);
        VersionId stray = VersionId.random();

        assertEquals(java.util.Set.of(row.version(), intent.location().version(), queued.version()),
                bookkeeping.tracked(List.of(row.version(), intent.location().version(), queued.version(), stray)));
        assertEquals(java.util.Set.of(), bookkeeping.tracked(List.of()));
    }

    @Test
    void aStagedChunkOfAResumableUploadIsTracked() throws Exception {
        VersionId staged = VersionId.random();
        String upload = "tracked-" + staged.value();
        try (java.sql.Connection connection = database.dataSource().getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO resumable_uploads (id, owner_role, bucket_id, name, volume, content_type,"
                    + " length, upload_offset, upsert, created_at, expires_at) VALUES ('" + upload + "', 'authenticated',"
                    + " 'docs', 'big.bin', 'default', 'application/octet-stream', 10, 4, false, now(), now())");
            statement.executeUpdate("INSERT INTO resumable_parts (version, upload_id, volume, blob_bucket_id, part_offset,"
                    + " size) VALUES ('" + staged.value() + "', '" + upload + "', 'default', 'docs', 0, 4)");
        }
        assertEquals(java.util.Set.of(staged), bookkeeping.tracked(List.of(staged, VersionId.random())));
    }

    @Test
    void aQueuedDeletionIsKeptOnceWhateverTheRepeats() {
        BlobLocation location = new BlobLocation(ARCHIVE, COLD, VersionId.random());
        bookkeeping.queueDeletion(location, T0);
        bookkeeping.queueDeletion(location, T0.plusSeconds(5));
        assertEquals(List.of(location), bookkeeping.queuedDeletions(10));
    }

    @Test
    void theSweepLockAdmitsOneHolderAtATimeAcrossConnections() throws Exception {
        PostgresSweepLock one = new PostgresSweepLock(database.dataSource());
        PostgresSweepLock other = new PostgresSweepLock(database.dataSource());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<String>> first = executor.submit(() -> one.whileHeld(() -> {
                held.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "first";
            }));
            assertTrue(held.await(10, TimeUnit.SECONDS));

            assertEquals(Optional.empty(), other.whileHeld(() -> "second"));

            release.countDown();
            assertEquals(Optional.of("first"), first.get(10, TimeUnit.SECONDS));
            assertEquals(Optional.of("after"), other.whileHeld(() -> "after"), "released when the holder ends");
        } finally {
            executor.shutdownNow();
        }
    }
}
