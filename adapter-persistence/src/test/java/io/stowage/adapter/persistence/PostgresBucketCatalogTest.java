package io.stowage.adapter.persistence;

import io.stowage.application.testing.BucketCatalogContract;

/** The bucket catalog contract on real PostgreSQL. */
class PostgresBucketCatalogTest extends BucketCatalogContract {

    private final TestDatabase database = TestDatabase.get();

    @Override
    protected Catalogs emptyCatalogs() {
        database.truncate();
        return new Catalogs(database.buckets(), database.objects());
    }
}
