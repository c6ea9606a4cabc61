package io.stowage.application.testing;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import java.time.Instant;
import java.util.Optional;
import java.util.List;

/** Holds the in-memory catalog to the same contract as the PostgreSQL one, so application tests can trust it. */
class InMemoryObjectCatalogContractTest extends ObjectCatalogContract {

    @Override
    protected ObjectCatalog emptyCatalog(List<BucketName> buckets) {
        // the object rows need no bucket rows (any bucket name simply starts empty); joined reads do
        InMemoryObjectCatalog objects = new InMemoryObjectCatalog();
        InMemoryBucketCatalog bucketCatalog = new InMemoryBucketCatalog(objects);
        for (BucketName name : buckets) {
            bucketCatalog.create(Bucket.create(name, Optional.empty(), BucketSettings.DEFAULT, Instant.EPOCH));
        }
        return objects;
    }
}
