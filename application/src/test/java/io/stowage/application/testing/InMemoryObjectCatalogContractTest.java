package io.stowage.application.testing;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.domain.bucket.BucketName;
import java.util.List;

/** Holds the in-memory catalog to the same contract as the PostgreSQL one, so application tests can trust it. */
class InMemoryObjectCatalogContractTest extends ObjectCatalogContract {

    @Override
    protected ObjectCatalog emptyCatalog(List<BucketName> buckets) {
        // the in-memory catalog needs no bucket rows: any bucket name simply starts empty
        return new InMemoryObjectCatalog();
    }
}
