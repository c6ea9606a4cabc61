package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.testing.ObjectCatalogContract;
import io.stowage.domain.access.ObjectScope;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The object catalog contract on real PostgreSQL, plus what only a database can get wrong. */
class PostgresObjectCatalogTest extends ObjectCatalogContract {

    private final TestDatabase database = TestDatabase.get();

    @Override
    protected ObjectCatalog emptyCatalog(List<BucketName> buckets) {
        return database.emptyCatalog(buckets);
    }

    @Test
    void anObjectInAMissingBucketIsRefusedAsBucketNotFound() {
        StoredObject orphan = object(new BucketName("missing"), "k", Optional.empty(), 0, 0);

        BucketNotFound failure = assertThrows(BucketNotFound.class,
                () -> database.objects().commit(orphan, WriteCondition.absent()));
        assertTrue(failure.getMessage().contains("missing"));
    }

    @Test
    void anUnexpectedDatabaseErrorNamesTheOperationButShowsNoSql() {
        StoredObject notJson = new StoredObject(UUID.randomUUID(), BUCKET, new ObjectKey("bad"), VersionId.random(), 1,
                ContentType.OCTET_STREAM, new Checksum("0".repeat(64)), Optional.empty(), Optional.empty(),
                Optional.of("not json"), Instant.EPOCH, Instant.EPOCH);

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> database.objects().commit(notJson, WriteCondition.absent()));
        assertFalse(failure instanceof StorageException, "a bug is not an outage: " + failure);
        assertEquals("create object failed in the database (SQLState 22P02)", failure.getMessage());
    }

    @Test
    void keysOutsideTheBasicPlaneListAndSortAsCodePoints() {
        // U+1F600 is above U+FFFD in code point (and UTF-8 byte) order, though not in UTF-16 String order
        for (String key : List.of("\uD83D\uDE00/a", "\uFFFD/b", "x\uD83D\uDE00", "x\uFFFD")) {
            database.objects().commit(object(BUCKET, key, Optional.empty(), 0, 0), WriteCondition.absent());
        }
        List<String> names = database.objects().list(BUCKET, new ObjectListQuery("", "", ObjectScope.all(),
                ObjectListQuery.SortColumn.NAME, false, 10, 0)).stream().map(ObjectListEntry::name).toList();

        assertEquals(List.of("\uFFFD", "\uD83D\uDE00", "x\uFFFD", "x\uD83D\uDE00"), names);
    }
}
