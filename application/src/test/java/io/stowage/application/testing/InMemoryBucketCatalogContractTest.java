package io.stowage.application.testing;

/** Holds the in-memory bucket catalog to the same contract as the PostgreSQL one. */
class InMemoryBucketCatalogContractTest extends BucketCatalogContract {

    @Override
    protected Catalogs emptyCatalogs() {
        InMemoryObjectCatalog objects = new InMemoryObjectCatalog();
        return new Catalogs(new InMemoryBucketCatalog(objects), objects);
    }
}
