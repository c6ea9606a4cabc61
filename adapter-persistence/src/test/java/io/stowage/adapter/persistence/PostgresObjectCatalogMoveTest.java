package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.testing.ObjectCatalogMoveContract;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.BucketNotFound;
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

/** The catalog's move contract on real PostgreSQL, plus what only a database can get wrong. */
class PostgresObjectCatalogMoveTest extends ObjectCatalogMoveContract {

    private final TestDatabase database = TestDatabase.get();

    @Override
    protected ObjectCatalog emptyCatalog(List<BucketName> buckets) {
        return database.emptyCatalog(buckets);
    }

    @Test
    void aMoveIntoAMissingBucketIsBucketNotFoundAndKeepsTheSource() {
        StoredObject source = new StoredObject(UUID.randomUUID(), BUCKET, new ObjectKey("k"), VersionId.random(), 1,
                ContentType.OCTET_STREAM, new Checksum("0".repeat(64)), Optional.empty(), Optional.empty(),
                Optional.empty(), Instant.EPOCH, Instant.EPOCH);
        database.objects().commit(source, WriteCondition.absent());

        assertThrows(BucketNotFound.class, () -> database.objects()
                .move(source, source.movedTo(new BucketName("missing"), source.key(), Instant.EPOCH)));

        assertEquals(Optional.of(source), database.objects().find(BUCKET, source.key()));
    }
}
