package io.stowage.application.testing;

import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import java.time.Instant;
import java.util.Optional;

/** Holds the in-memory bookkeeping (with its catalog) to the same contract as the PostgreSQL pair. */
class InMemoryBlobBookkeepingContractTest extends BlobBookkeepingContract {

    @Override
    protected Storage emptyStorage(BucketName bucket) {
        InMemoryBlobBookkeeping bookkeeping = new InMemoryBlobBookkeeping();
        bookkeeping.actAs("this-instance");
        InMemoryObjectCatalog objects = new InMemoryObjectCatalog(bookkeeping);
        new InMemoryBucketCatalog(objects).create(Bucket.create(bucket, Optional.empty(), BucketSettings.DEFAULT,
                Instant.EPOCH));
        return new Storage(objects, bookkeeping);
    }
}
