package io.stowage.adapter.persistence;

import io.stowage.application.testing.BlobBookkeepingContract;
import io.stowage.domain.bucket.BucketName;
import java.util.List;

/** The bookkeeping contract on real PostgreSQL, with the object catalog on the same database. */
class PostgresBlobBookkeepingContractTest extends BlobBookkeepingContract {

    private final TestDatabase database = TestDatabase.get();

    @Override
    protected Storage emptyStorage(BucketName bucket) {
        return new Storage(database.emptyCatalog(List.of(bucket)), new PostgresBlobBookkeeping(database.dataSource()));
    }
}
