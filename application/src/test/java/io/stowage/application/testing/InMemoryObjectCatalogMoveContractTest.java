package io.stowage.application.testing;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.domain.bucket.BucketName;
import java.util.List;

/** Holds the in-memory catalog's moves to the same contract as the PostgreSQL one. */
class InMemoryObjectCatalogMoveContractTest extends ObjectCatalogMoveContract {

    @Override
    protected ObjectCatalog emptyCatalog(List<BucketName> buckets) {
        return new InMemoryObjectCatalog();
    }
}
