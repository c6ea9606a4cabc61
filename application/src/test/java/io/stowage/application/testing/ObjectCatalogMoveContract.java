package io.stowage.application.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The {@link ObjectCatalog#move} part of the catalog contract, run by each implementation (in memory,
 * PostgreSQL): a move is all or nothing, never overwrites, and keeps the row's blob location.
 */
public abstract class ObjectCatalogMoveContract extends ObjectCatalogFixture {

    @Test
    void aMoveAcrossBucketsKeepsIdVersionMetadataAndTheBlobsBucket() {
        StoredObject source = put(BUCKET, "a/cat.png");
        StoredObject destination = source.movedTo(OTHER_BUCKET, new ObjectKey("b/cat.png"), T0.plusSeconds(9));

        catalog.move(source, destination);

        assertEquals(Optional.empty(), catalog.find(BUCKET, source.key()));
        StoredObject moved = catalog.find(OTHER_BUCKET, destination.key()).orElseThrow();
        assertEquals(destination, moved);
        assertEquals(source.id(), moved.id());
        assertEquals(source.version(), moved.version());
        assertEquals(BUCKET, moved.blobBucket());
    }

    @Test
    void aMoveWithinABucketFreesTheOldPath() {
        StoredObject source = put(BUCKET, "old");

        catalog.move(source, source.movedTo(BUCKET, new ObjectKey("new"), T0.plusSeconds(1)));

        assertEquals(Optional.empty(), catalog.find(BUCKET, source.key()));
        assertEquals(source.version(), catalog.find(BUCKET, new ObjectKey("new")).orElseThrow().version());
    }

    @Test
    void movingAnOutdatedOrMissingSourceConflictsAndChangesNothing() {
        StoredObject source = put(BUCKET, "k");
        StoredObject replacement = object(BUCKET, "k");
        catalog.commit(replacement, WriteCondition.replacing(source.version()));
        StoredObject current = catalog.find(BUCKET, source.key()).orElseThrow();

        assertThrows(WriteConflict.class,
                () -> catalog.move(source, source.movedTo(OTHER_BUCKET, new ObjectKey("k"), T0)));
        StoredObject missing = object(BUCKET, "missing");
        assertThrows(WriteConflict.class,
                () -> catalog.move(missing, missing.movedTo(OTHER_BUCKET, new ObjectKey("m"), T0)));

        assertEquals(Optional.of(current), catalog.find(BUCKET, source.key()));
        assertEquals(Optional.empty(), catalog.find(OTHER_BUCKET, new ObjectKey("k")));
        assertEquals(Optional.empty(), catalog.find(OTHER_BUCKET, new ObjectKey("m")));
    }

    @Test
    void movingOntoATakenPathConflictsAndKeepsBothRows() {
        StoredObject source = put(BUCKET, "src");
        StoredObject taken = put(OTHER_BUCKET, "dst");

        assertThrows(WriteConflict.class,
                () -> catalog.move(source, source.movedTo(OTHER_BUCKET, taken.key(), T0)));

        assertEquals(Optional.of(source), catalog.find(BUCKET, source.key()));
        assertEquals(Optional.of(taken), catalog.find(OTHER_BUCKET, taken.key()));
    }

    @Test
    void aMovedObjectRemembersItsBlobsBucketThroughReplaceAndRemoval() {
        StoredObject source = put(BUCKET, "k");
        StoredObject moved = source.movedTo(OTHER_BUCKET, new ObjectKey("k"), T0.plusSeconds(1));
        catalog.move(source, moved);
        StoredObject next = object(OTHER_BUCKET, "k");

        Optional<StoredObject> replaced = catalog.commit(next, WriteCondition.replacing(moved.version()));

        assertEquals(BUCKET, replaced.orElseThrow().blobBucket());
        assertEquals(OTHER_BUCKET, catalog.find(OTHER_BUCKET, moved.key()).orElseThrow().blobBucket());
        StoredObject again = catalog.find(OTHER_BUCKET, moved.key()).orElseThrow();
        StoredObject back = again.movedTo(BUCKET, new ObjectKey("back"), T0.plusSeconds(2));
        catalog.move(again, back);
        assertEquals(List.of(back), catalog.removeBatch(BUCKET, 10));
    }

    @Test
    void concurrentMovesOfOneSourceLetExactlyOneWin() throws Exception {
        StoredObject source = put(BUCKET, "race");
        int movers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(movers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < movers; i++) {
                StoredObject destination = source.movedTo(OTHER_BUCKET, new ObjectKey("to-" + i), T0);
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        catalog.move(source, destination);
                        return true;
                    } catch (WriteConflict lost) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Optional.empty(), catalog.find(BUCKET, source.key()));
    }

    private StoredObject put(BucketName bucket, String key) {
        StoredObject object = object(bucket, key);
        catalog.commit(object, WriteCondition.absent());
        return object;
    }

    private static StoredObject object(BucketName bucket, String key) {
        return new StoredObject(UUID.randomUUID(), bucket, new ObjectKey(key), VersionId.random(), key.length(),
                new ContentType("image/png"), new Checksum(String.format("%064x", key.length())), Optional.of(ALICE),
                Optional.of("max-age=60"), Optional.of("{\"k\": 1}"), T0, T0);
    }
}
